import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "patchdeck", template: "%s · patchdeck" },
  description: "Review dashboard for patches that travel by email",
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-50 font-sans text-[13px] leading-5 text-zinc-900 antialiased">
        <header className="border-b border-zinc-200 bg-white">
          <nav className="mx-auto flex max-w-screen-2xl items-center gap-4 px-4 py-2">
            <Link href="/" className="font-mono text-sm font-semibold tracking-tight text-zinc-900">
              patchdeck
            </Link>
            <Link href="/" className="text-zinc-600 hover:text-zinc-900">
              Series
            </Link>
            <a href="/api/series" className="text-zinc-600 hover:text-zinc-900">
              JSON
            </a>
          </nav>
        </header>
        <main className="mx-auto max-w-screen-2xl px-4 py-4">{children}</main>
      </body>
    </html>
  );
}
