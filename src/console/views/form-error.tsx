/** A refusal that belongs to no one field, shown above its form (announced at once). */
export function FormError({ error }: { error?: string }) {
  return error ? (
    <p class="notice error" role="alert">
      {error}
    </p>
  ) : null;
}
