import Link from 'next/link';

export default function Unauthorized() {
  return (
    <section className="section">
      <h1>Sign-in required</h1>
      <p className="lede">This action is only open to signed-in editors. Nothing was changed.</p>
      <p>
        <Link href="/sign-in" className="button">
          Sign in
        </Link>
      </p>
    </section>
  );
}
