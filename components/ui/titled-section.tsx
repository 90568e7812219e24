import type { ReactNode } from "react";

type Props = {
  /** The heading's id, which names the section (`aria-labelledby`): unique on the page. */
  id: string;
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
};

/** A section named by its own h2, so that assistive technology lists it as a region by that name. */
export function TitledSection({ id, title, className, headingClassName = "text-xl font-bold", children }: Props) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
