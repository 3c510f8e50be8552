// Next.js configuration. Telemetry stays off: the machines are offline and the tool reports to no one.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time: PGlite ships wasm/data files that must not be bundled, and the
  // others are Node-only libraries that bundling gains nothing from.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "mailparser", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
          // Defence in depth for hostile mail text: no remote images (tracking pixels), no plugins, no
          // foreign forms. Next's own inline bootstrap scripts need 'unsafe-inline'; dev mode needs eval.
          {
            key: "Content-Security-Policy",
            value: [
              "default-src 'self'",
              `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "production" ? "" : " 'unsafe-eval'"}`,
              "style-src 'self' 'unsafe-inline'",
              "img-src 'self' data:",
              "object-src 'none'",
              "base-uri 'none'",
              "form-action 'self'",
              "frame-ancestors 'none'",
            ].join("; "),
          },
        ],
      },
    ];
  },
};

export default nextConfig;
