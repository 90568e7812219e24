import type { ReporterView } from "@/lib/reporters/queries";
import { reader } from "@/lib/strings";

// The head of /reporter/{id}: photo, name as the page's heading, public email, bio.
export function ReporterCard({ reporter }: { reporter: ReporterView }) {
  const photo = reporter.photo;
  return (
    <header className="flex flex-wrap items-start gap-4 border-b-2 border-ink pb-4">
      {photo && (
        <picture>
          {photo.sources.map((source) => (
            <source key={source.type} type={source.type} srcSet={source.srcSet} sizes="96px" />
          ))}
          <img
            src={photo.src}
            alt={reader.reporterPhotoAlt(reporter.name)}
            width={photo.width}
            height={photo.height}
            className="h-24 w-24 rounded-full bg-gray-100 object-cover"
          />
        </picture>
      )}
      <div className="min-w-0 flex-1">
        <h1 className="text-2xl font-bold">{reader.reporterName(reporter.name)}</h1>
        {reporter.email && (
          <p className="mt-1 text-[15px]">
            <span className="sr-only">{reader.reporterEmail} </span>
            <a href={`mailto:${reporter.email}`} className="text-brand underline">
              {reporter.email}
            </a>
          </p>
        )}
        {reporter.bio && <p className="mt-2 whitespace-pre-line text-[15px] text-[#333]">{reporter.bio}</p>}
      </div>
    </header>
  );
}
