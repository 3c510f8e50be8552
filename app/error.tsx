"use client";

// Error boundaries must be client components; this one shows no error details (they may quote mail).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto mt-8 max-w-xl rounded border border-rose-200 bg-white p-6" role="alert">
      <h1 className="mb-2 text-base font-semibold">Could not load this page</h1>
      <p className="text-zinc-700">
        The store could not be read. With the embedded database only one process may open it at a time: if an
        ingest is running, wait for it to finish (or use a PostgreSQL <code className="font-mono">DATABASE_URL</code>)
        and try again. The server log has the details.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-3 rounded bg-zinc-800 px-3 py-1 text-[13px] font-medium text-white hover:bg-zinc-700"
      >
        Try again
      </button>
    </div>
  );
}
