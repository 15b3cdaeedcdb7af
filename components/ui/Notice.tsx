/**
 * A notification banner. `announce` makes screen readers read it as soon as it appears:
 * only for news the traveler's own action caused (a reset record), never for a page's standing advice.
 */
export function Notice({
  title,
  children,
  tone = 'info',
  announce = false,
}: {
  title: string;
  children?: React.ReactNode;
  tone?: 'info' | 'important';
  announce?: boolean;
}) {
  return (
    <div className={`notice notice--${tone}`} role={announce ? 'alert' : undefined}>
      <p className="notice__title">{title}</p>
      {children}
    </div>
  );
}
