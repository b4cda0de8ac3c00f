// /journal/chain: the person's chain analyses (saved, resumable), and a way to start one.
import { CHAIN_STEPS, newChainAnalysis, readChainAnalysis } from '@onward/core';
import { t } from '../../i18n.ts';
import { Link, navigate } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { useRecords, vault } from '../../vault/index.ts';
import { formatDay, today } from './dates.ts';
import { chainPath, journalPaths } from './paths.ts';
import { newId } from './records.ts';
import './journal.css';

export default function ChainListScreen() {
  const records = useRecords(vault, 'journal-chain');
  const chains = records
    .flatMap((r) => {
      const chain = readChainAnalysis(r.value);
      return chain ? [{ id: r.id, chain, updatedAt: r.updatedAt }] : [];
    })
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  const start = async () => {
    const id = newId();
    await vault.put('journal-chain', id, { ...newChainAnalysis(today()), status: 'in-progress' });
    navigate(chainPath(id));
  };
  return (
    <>
      <PageHeading>{t('journal.chain.title')}</PageHeading>
      <p class="lead">{t('journal.chain.intro')}</p>
      <button type="button" class="button button-primary button-block" onClick={() => void start()}>
        {t('journal.chain.new')}
      </button>
      <h2>{t('journal.chain.listHeading')}</h2>
      {chains.length === 0 ? (
        <EmptyState text={t('journal.chain.empty')} />
      ) : (
        <ul class="link-list">
          {chains.map(({ id, chain }) => {
            const status =
              chain.status === 'done'
                ? t('journal.chain.done')
                : chain.status === 'not-started'
                  ? t('journal.chain.notStarted')
                  : t('journal.chain.inProgress', {
                      step: chain.step + 1,
                      total: CHAIN_STEPS.length,
                    });
            return (
              <li key={id}>
                <Link href={chainPath(id)} aria-describedby={`chain-${id}-status`}>
                  {chain.behaviour.trim() ||
                    t('journal.chain.about', { date: formatDay(chain.day) })}
                </Link>
                <p class="hint" id={`chain-${id}-status`}>
                  {status}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href={journalPaths.journal}>{t('journal.title')}</Link>
      </p>
    </>
  );
}
