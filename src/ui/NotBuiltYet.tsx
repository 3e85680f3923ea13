/** An honest placeholder for a view whose feature has not shipped. */
export function NotBuiltYet({ title, what }: { title: string; what: string }) {
  return (
    <section aria-labelledby="not-built-title" className="not-built">
      <h2 id="not-built-title">{title}</h2>
      <p>Not built yet. {what}</p>
    </section>
  );
}
