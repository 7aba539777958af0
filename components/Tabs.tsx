import type { ComponentChildren } from 'preact';

export interface TabDef<K extends string> {
  key: K;
  label: string;
  badge?: number;
}

/** An accessible tab strip (arrow keys move between tabs, as WAI-ARIA's tabs pattern says). */
export function Tabs<K extends string>(props: {
  tabs: readonly TabDef<K>[];
  active: K;
  onSelect: (key: K) => void;
  idPrefix: string;
  children: ComponentChildren;
}) {
  const { tabs, active, onSelect, idPrefix } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.key === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step || index < 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (next) {
      onSelect(next.key);
      document.getElementById(`${idPrefix}-tab-${next.key}`)?.focus();
    }
  };
  return (
    <>
      <div class="tabs" role="tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.key}`}
            aria-selected={tab.key === active}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={tab.key === active ? 0 : -1}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
            {tab.badge ? <span class="count">{tab.badge}</span> : null}
          </button>
        ))}
      </div>
      <div class="panel" role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={`${idPrefix}-tab-${active}`}>
        {props.children}
      </div>
    </>
  );
}
