import type { Identity, Person, Snapshot } from '../utils/model/people';
import { formatContacts, formatDate, siteName } from './format';
import { useT } from './i18n';
import { SafeLink } from './SafeLink';
import { personMeta } from '../utils/text/person-line';

export interface PersonCardProps {
  person: Person;
  identities: readonly Identity[];
  latest?: Snapshot;
  locale: string;
}

/** What the journal knows about one person: name, work, place, where they are on which site. */
export function PersonCard({ person, identities, latest, locale }: PersonCardProps) {
  const t = useT();
  const facts = latest?.facts;
  const firstSeen = Math.min(...identities.map((i) => i.firstSeenAt));
  return (
    <article class="person-card" aria-label={person.displayName}>
      <h2 class="person-name">{person.displayName}</h2>
      {person.headline ? <p class="person-headline">{person.headline}</p> : null}
      <p class="person-meta">
        {personMeta(person)}
        {facts?.contacts ? <span class="pill">{formatContacts(t, facts.contacts)}</span> : null}
      </p>
      <ul class="identity-list">
        {identities.map((identity) => (
          <li key={identity.id}>
            <SafeLink href={identity.url}>{t('personOpenProfile', siteName(t, identity.platform))}</SafeLink>
          </li>
        ))}
      </ul>
      {identities.length ? <p class="muted">{t('personFirstSeen', formatDate(firstSeen, locale))}</p> : null}
    </article>
  );
}
