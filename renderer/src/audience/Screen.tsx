import type { ReactNode } from 'react';

/**
 * The frame every audience screen uses: a large title, an optional line under it, and the body. Sizes are px on the
 * 1920x1080 stage; the smallest text anywhere is 24 px.
 */
export function AudienceScreen({
  title,
  subtitle,
  children,
  className,
}: {
  title: string;
  subtitle?: string | undefined;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <section className={`aud-screen ${className ?? ''}`} aria-labelledby="aud-title">
      <header className="aud-head">
        <h1 id="aud-title" className="aud-title">
          {title}
        </h1>
        {subtitle ? <p className="aud-subtitle">{subtitle}</p> : null}
      </header>
      {children !== undefined ? <div className="aud-body">{children}</div> : null}
    </section>
  );
}

/** A calm, centred message: what the projector shows for anything it cannot show yet (never an error page). */
export function CalmScreen({ title, message }: { title: string; message?: string | undefined }) {
  return (
    <section className="aud-calm" aria-labelledby="aud-title">
      <h1 id="aud-title" className="aud-calm-title">
        {title}
      </h1>
      {message ? <p className="aud-calm-message">{message}</p> : null}
    </section>
  );
}
