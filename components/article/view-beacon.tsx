// Counts the view when the browser loads it (see app/api/views/[id]/route.ts). An image, not a
// script, so it also counts readers without JavaScript; the page HTML stays identical for all.
export function ViewBeacon({ articleId }: { articleId: number }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a counting pixel, not a picture
    <img src={`/api/views/${articleId}`} alt="" width={1} height={1} decoding="async" className="pointer-events-none absolute h-px w-px opacity-0" />
  );
}
