import { Link } from '@/i18n/navigation';

export default function NotFound() {
  return (
    <section className="section">
      <h1>Page not found</h1>
      <p className="lede">There is no commitment or page at this address. It may have been mistyped.</p>
      <p>
        <Link href="/commitments" className="button">
          Browse all commitments
        </Link>
      </p>
    </section>
  );
}
