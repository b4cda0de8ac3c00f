import { describe, expect, it } from 'vitest';
import {
  CHAIN_STEPS,
  clampStep,
  finishChain,
  goToStep,
  newChainAnalysis,
  readChainAnalysis,
  stepHasContent,
  stepsWithContent,
} from './chain-analysis.ts';

describe('chain analysis', () => {
  it('follows the DBT steps in order', () => {
    expect(CHAIN_STEPS).toEqual([
      'behaviour',
      'vulnerability',
      'prompting-event',
      'links',
      'consequences',
      'skills',
      'prevention',
      'repair',
      'commitment',
    ]);
  });

  it('starts empty, linked to the entry it looks back on', () => {
    const chain = newChainAnalysis('2026-03-10', 'entry-1');
    expect(chain).toMatchObject({
      entryId: 'entry-1',
      day: '2026-03-10',
      step: 0,
      status: 'not-started',
    });
    expect(stepsWithContent(chain)).toBe(0);
  });

  it('knows which steps have something in them', () => {
    const chain = newChainAnalysis('2026-03-10');
    chain.vulnerability.factors = ['sleep'];
    chain.links = [{ id: 'l1', kind: 'thought', text: 'Nobody cares', skill: '' }];
    expect(stepHasContent(chain, 'vulnerability')).toBe(true);
    expect(stepHasContent(chain, 'links')).toBe(true);
    expect(stepHasContent(chain, 'skills')).toBe(false);
    chain.links[0] = { id: 'l1', kind: 'thought', text: 'Nobody cares', skill: 'Check the facts' };
    expect(stepHasContent(chain, 'skills')).toBe(true);
    expect(stepsWithContent(chain)).toBe(3);
  });

  it('saves where the person is and stays open until they finish', () => {
    const chain = goToStep(newChainAnalysis('2026-03-10'), 4);
    expect(chain).toMatchObject({ step: 4, status: 'in-progress' });
    const done = finishChain(chain);
    expect(done.status).toBe('done');
    expect(goToStep(done, 2).status).toBe('done');
  });

  it('clamps a stored step into range', () => {
    expect(clampStep(-1)).toBe(0);
    expect(clampStep(99)).toBe(CHAIN_STEPS.length - 1);
    expect(clampStep(Number.NaN)).toBe(0);
  });
});

describe('reading stored chain analyses', () => {
  it('keeps what is valid and drops the rest', () => {
    const chain = goToStep(newChainAnalysis('2026-03-10', 'e1'), 3);
    chain.vulnerability = { factors: ['sleep', 'stress'], note: 'busy week' };
    chain.links = [{ id: 'l1', kind: 'emotion', text: 'Lonely', skill: 'Text a friend' }];
    expect(readChainAnalysis(chain)).toEqual(chain);
    const odd = {
      ...chain,
      step: 42,
      vulnerability: { factors: ['sleep', 'x'], note: 3 },
      links: [{ id: 'l1', kind: 'other', text: 'x' }, 'nope'],
      status: 'weird',
    };
    expect(readChainAnalysis(odd)).toMatchObject({
      step: CHAIN_STEPS.length - 1,
      vulnerability: { factors: ['sleep'], note: '' },
      links: [],
      status: 'in-progress',
    });
    expect(readChainAnalysis({ v: 1, day: 'soon' })).toBeUndefined();
    expect(readChainAnalysis(undefined)).toBeUndefined();
  });
});
