// The alert at the top of a refused form: a heading and the reason, announced to screen readers.

/** Shows why a form was refused; nothing when there is no error. */
export function FormError({ heading, text }: { heading: string; text?: string | undefined }) {
  if (!text) return null;

  return (
    <div class="alert" role="alert">
      <h2>{heading}</h2>
      <p>{text}</p>
    </div>
  );
}
