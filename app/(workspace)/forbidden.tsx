import Link from 'next/link';

export default function Forbidden() {
  return (
    <section className="section">
      <h1>Not allowed</h1>
      <p className="lede">Your account does not have permission for this. Nothing was changed.</p>
      <p>
        <Link href="/editor">Back to the workspace</Link>
      </p>
    </section>
  );
}
