import { directoryText } from '@onward/content';
import type { ContactMethod, CrisisLine } from '@onward/core';
import { displayNumber, methodHref } from '@onward/core';
import { language, locale, t } from '../i18n.ts';
import { formatLanguages, formatVerifiedOn } from './format.ts';
import { NewTabLink } from './new-tab-link.tsx';

function methodLabel(method: ContactMethod): string {
  switch (method.kind) {
    case 'call':
      return t('line.call', { number: displayNumber(method.number) });
    case 'text':
      return method.keyword
        ? t('line.textKeyword', { keyword: method.keyword, number: displayNumber(method.number) })
        : t('line.text', { number: displayNumber(method.number) });
    case 'chat':
      return t('line.chat');
  }
}

function Method({ method }: { method: ContactMethod }) {
  const extra = [method.kind === 'call' && method.free ? t('line.free') : null, method.note]
    .filter(Boolean)
    .join(' · ');
  return (
    <li>
      {method.kind === 'chat' ? (
        <NewTabLink href={method.url} class="button button-secondary">
          {methodLabel(method)}
        </NewTabLink>
      ) : (
        <a href={methodHref(method)} class="button button-primary">
          {methodLabel(method)}
        </a>
      )}
      {extra ? <span class="method-note">{extra}</span> : null}
    </li>
  );
}

export function LineCard({ line }: { line: CrisisLine }) {
  const headingId = `line-${line.id}`;
  return (
    <article class="card line-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{line.name}</h3>
      <p>{line.audience}</p>
      <ul class="facts">
        <li>{t('line.hours', { hours: directoryText(line.hours, language) })}</li>
        <li>{t('line.languages', { languages: formatLanguages(line.languages, locale) })}</li>
        {line.region ? <li>{t('line.region', { region: line.region })}</li> : null}
      </ul>
      {line.note ? <p class="small muted">{line.note}</p> : null}
      <ul class="line-methods">
        {line.methods.map((method) => (
          <Method key={methodHref(method)} method={method} />
        ))}
      </ul>
      <p class="checked">
        {t('line.checked', { date: formatVerifiedOn(line.verifiedOn, locale) })}{' '}
        <span aria-hidden="true">·</span>{' '}
        <NewTabLink href={line.source} label={t('line.sourceLabel', { name: line.name })}>
          {t('line.source')}
        </NewTabLink>
      </p>
    </article>
  );
}
