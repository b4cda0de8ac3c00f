// /journal/diary/:day: the diary card for one day. Every value can stay blank ("Not filled in"),
// and a blank is stored as blank, never as zero. The person can add their own targets and
// emotions; they appear on every card and in the weekly grid from then on.
import {
  CARD_EMOTION_MAX,
  CARD_URGE_MAX,
  type CareResponse,
  type CustomItem,
  careResponseOnSave,
  DISTRESS_MAX,
  type DiaryCard,
  emptyDiaryCard,
  isLocalDate,
  type LocalDate,
  MEDICATION_ANSWERS,
  type MedicationAnswer,
  SKILLS_ANCHORS,
  STANDARD_EMOTIONS,
  STANDARD_TARGETS,
  type TargetRating,
} from '@onward/core';
import { useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { Scale } from '../../ui/scale.tsx';
import { vault } from '../../vault/index.ts';
import type { ScreenProps } from '../feature.ts';
import { CareSupport } from './care-support.tsx';
import { Group, RadioChips } from './controls.tsx';
import { formatDay, today } from './dates.ts';
import { cardEmotionLabel } from './labels.ts';
import { diaryWeekPath, journalPaths } from './paths.ts';
import { cardAt, diaryCard, getSettings, newId, updateSettings } from './records.ts';
import './journal.css';

const range = (max: number) => Array.from({ length: max + 1 }, (_, i) => i);

/** A 0..max tap scale with a "Not filled in" choice first (a blank is never a zero). */
function RatingSelect(props: {
  id: string;
  label: string;
  max: number;
  value: number | null;
  hint?: string;
  onChange: (value: number | null) => void;
}) {
  return (
    <Scale<number | null>
      id={props.id}
      label={props.label}
      hint={props.hint}
      value={props.value}
      onChange={props.onChange}
      options={[
        { value: null, label: t('journal.diary.blank'), blank: true },
        ...range(props.max).map((n) => ({ value: n, label: String(n) })),
      ]}
    />
  );
}

function ActedSelect(props: {
  id: string;
  label: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
}) {
  return (
    <Scale<boolean | null>
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      options={[
        { value: null, label: t('journal.diary.blank'), blank: true },
        { value: false, label: t('journal.diary.no') },
        { value: true, label: t('journal.diary.yes') },
      ]}
    />
  );
}

function AddOwn({
  id,
  label,
  hint,
  onAdd,
}: {
  id: string;
  label: string;
  hint?: string;
  onAdd: (text: string) => void;
}) {
  const [text, setText] = useState('');
  const add = () => {
    const value = text.trim().slice(0, 40);
    if (value === '') return;
    onAdd(value);
    setText('');
  };
  return (
    <div class="field add-row">
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div class="inline-add">
        <input
          id={id}
          class="input"
          type="text"
          maxLength={40}
          value={text}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="button button-secondary" onClick={add}>
          {t('journal.diary.add')}
        </button>
      </div>
    </div>
  );
}

const medicationLabel: Record<MedicationAnswer, () => string> = {
  yes: () => t('journal.diary.yes'),
  no: () => t('journal.diary.no'),
  'not-prescribed': () => t('journal.diary.notPrescribed'),
};

function CardForm({ day, initial }: { day: LocalDate; initial: DiaryCard }) {
  const [card, setCard] = useState<DiaryCard>(initial);
  const [custom, setCustom] = useState(() => {
    const s = getSettings();
    return { targets: s.customTargets, emotions: s.customEmotions };
  });
  const [status, setStatus] = useState('');
  // The caring response to the saved card (core's care-response rule, shared with the urge log
  // and the check-ins): acting on self-harm or suicidal thoughts shows the safety check.
  const [care, setCare] = useState<CareResponse>('none');
  const change = (update: (c: DiaryCard) => DiaryCard) => {
    setCard((c) => update(structuredClone(c)));
    setStatus('');
  };
  const setTarget = (key: string, standard: boolean, rating: TargetRating) =>
    change((c) => {
      if (standard) c.targets[key as (typeof STANDARD_TARGETS)[number]] = rating;
      else c.customTargets[key] = rating;
      return c;
    });
  const addItem = async (kind: 'targets' | 'emotions', label: string) => {
    const item: CustomItem = { id: newId(), label };
    const next = { ...custom, [kind]: [...custom[kind], item] };
    setCustom(next);
    await updateSettings((s) =>
      kind === 'targets'
        ? { ...s, customTargets: [...s.customTargets, item] }
        : { ...s, customEmotions: [...s.customEmotions, item] },
    );
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const stored = diaryCard(day);
    try {
      await vault.put(
        'journal-diary',
        day,
        { ...card, note: card.note.trim() },
        { at: cardAt(day) },
      );
      setStatus(t('journal.diary.saved'));
      setCare(
        careResponseOnSave(
          { kind: 'diary', card },
          stored ? { kind: 'diary', card: stored } : undefined,
        ),
      );
    } catch {
      setStatus(t('journal.log.notSaved'));
    }
  };

  const targetFields = (key: string, standard: boolean, urgeLabel: string, actedLabel: string) => {
    const rating = standard
      ? card.targets[key as (typeof STANDARD_TARGETS)[number]]
      : (card.customTargets[key] ?? { urge: null, acted: null });
    return (
      <div class="rating-pair" key={key}>
        <RatingSelect
          id={`card-${key}-urge`}
          label={urgeLabel}
          max={CARD_URGE_MAX}
          value={rating.urge}
          onChange={(urge) => setTarget(key, standard, { ...rating, urge })}
        />
        <ActedSelect
          id={`card-${key}-acted`}
          label={actedLabel}
          value={rating.acted}
          onChange={(acted) => setTarget(key, standard, { ...rating, acted })}
        />
      </div>
    );
  };

  return (
    <form class="journal-form diary-form" onSubmit={(e) => void save(e)}>
      <Group
        name="card-targets"
        legend={t('journal.diary.targetsHeading')}
        hint={t('journal.diary.targetsHint')}
      >
        {STANDARD_TARGETS.map((key) =>
          targetFields(
            key,
            true,
            t(`journal.diary.row.${key}.urge`),
            t(`journal.diary.row.${key}.acted`),
          ),
        )}
        {custom.targets.map((item) =>
          targetFields(
            item.id,
            false,
            t('journal.diary.row.customUrge', { label: item.label }),
            t('journal.diary.row.customActed', { label: item.label }),
          ),
        )}
        <AddOwn
          id="card-add-target"
          label={t('journal.diary.addTargetLabel')}
          hint={t('journal.diary.addTargetHint')}
          onAdd={(label) => void addItem('targets', label)}
        />
      </Group>

      <Group
        name="card-emotions"
        legend={t('journal.diary.emotionsHeading')}
        hint={t('journal.diary.emotionsHint')}
      >
        <div class="rating-grid">
          {STANDARD_EMOTIONS.map((e) => (
            <RatingSelect
              key={e}
              id={`card-emotion-${e}`}
              label={cardEmotionLabel(e)}
              max={CARD_EMOTION_MAX}
              value={card.emotions[e]}
              onChange={(v) =>
                change((c) => {
                  c.emotions[e] = v;
                  return c;
                })
              }
            />
          ))}
          {custom.emotions.map((item) => (
            <RatingSelect
              key={item.id}
              id={`card-emotion-${item.id}`}
              label={t('journal.diary.row.customEmotion', { label: item.label })}
              max={CARD_EMOTION_MAX}
              value={card.customEmotions[item.id] ?? null}
              onChange={(v) =>
                change((c) => {
                  c.customEmotions[item.id] = v;
                  return c;
                })
              }
            />
          ))}
        </div>
        <AddOwn
          id="card-add-emotion"
          label={t('journal.diary.addEmotionLabel')}
          onAdd={(label) => void addItem('emotions', label)}
        />
      </Group>

      <Scale<MedicationAnswer | null>
        id="card-medication"
        label={t('journal.diary.medicationLabel')}
        value={card.medication}
        onChange={(v) =>
          change((c) => {
            c.medication = v;
            return c;
          })
        }
        options={[
          { value: null, label: t('journal.diary.blank'), blank: true },
          ...MEDICATION_ANSWERS.map((a) => ({ value: a, label: medicationLabel[a]() })),
        ]}
      />

      <Group
        name="card-skills"
        legend={t('journal.diary.skillsLegend')}
        hint={t('journal.diary.skillsHint')}
      >
        <RadioChips
          name="card-skills"
          value={card.skills === null ? '' : String(card.skills)}
          options={[
            { value: '', label: t('journal.diary.blank') },
            ...SKILLS_ANCHORS.map((n) => ({
              value: String(n),
              label: t(`journal.diary.skills.${n}`),
            })),
          ]}
          onChange={(v) =>
            change((c) => {
              c.skills = v === '' ? null : Number(v);
              return c;
            })
          }
        />
      </Group>

      <RatingSelect
        id="card-distress"
        label={t('journal.diary.distressLabel')}
        hint={t('journal.diary.distressHint')}
        max={DISTRESS_MAX}
        value={card.distress}
        onChange={(v) =>
          change((c) => {
            c.distress = v;
            return c;
          })
        }
      />

      <div class="field">
        <label for="card-note">{t('journal.diary.noteLabel')}</label>
        <textarea
          id="card-note"
          class="input textarea"
          rows={3}
          maxLength={2000}
          value={card.note}
          onInput={(e) => {
            const v = e.currentTarget.value;
            change((c) => {
              c.note = v;
              return c;
            });
          }}
        />
      </div>

      <div class="button-row form-actions">
        <button type="submit" class="button button-primary">
          {t('journal.diary.save')}
        </button>
        <Link class="button button-secondary" href={diaryWeekPath(day)}>
          {t('journal.diary.backToWeek')}
        </Link>
      </div>
      <p class="status" role="status">
        {status}
      </p>
      {care !== 'none' ? <CareSupport response={care} /> : null}
    </form>
  );
}

export default function DiaryDayScreen({ params }: ScreenProps) {
  const day = params.day ?? '';
  if (!isLocalDate(day) || day > today()) {
    return (
      <>
        <PageHeading>{t('journal.diary.title')}</PageHeading>
        <p class="lead">{t('journal.diary.notADay')}</p>
        <p>
          <Link href={journalPaths.diary}>{t('journal.diary.title')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('journal.diary.dayTitle', { date: formatDay(day) })}</PageHeading>
      <p class="lead">{t('journal.diary.intro')}</p>
      <CardForm key={day} day={day} initial={diaryCard(day) ?? emptyDiaryCard(day)} />
    </>
  );
}
