import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto mt-8 max-w-xl rounded border border-zinc-200 bg-white p-6" data-testid="not-found">
      <h1 className="mb-2 text-base font-semibold">Not found</h1>
      <p className="text-zinc-700">
        No series matches this address. Series can be opened by their id or by the Message-ID of any of their mails.
      </p>
      <p className="mt-3">
        <Link href="/" className="text-sky-800 hover:underline">
          Back to the series list
        </Link>
      </p>
    </div>
  );
}
