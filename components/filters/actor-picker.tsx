"use client";
// Choose actors: the chosen ones as removable chips, and a combobox (WAI-ARIA 1.2 pattern:
// the input keeps focus, arrow keys move through the options, Enter picks, Escape closes) that
// searches actors by name, slug or alias and shows how many events of the current filter each
// would give.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { EventCriteria } from "@/lib/data/event-filter";
import type { ActorFacet } from "@/lib/data/facets";
import { facetsQueryOptions } from "@/lib/queries/events";
import { useDebounced } from "@/lib/hooks/use-debounced";

export interface ActorPickerProps {
  criteria: EventCriteria;
  /** Names of chosen actors, when known (from the facet counts). */
  names: Map<string, string>;
  onAdd(slug: string, name: string): void;
  onRemove(slug: string): void;
}

export function ActorPicker({ criteria, names, onAdd, onRemove }: ActorPickerProps) {
  const id = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const search = useDebounced(text.trim(), 200);
  const query = useQuery({ ...facetsQueryOptions(criteria, search), enabled: open, placeholderData: keepPreviousData });
  // The server searches names, slugs and aliases (after a pause in typing); what is already loaded
  // is narrowed at once by name, so the list never lags behind the text.
  const typed = text.trim().toLowerCase();
  // Results of an earlier search (shown while the current one loads) are narrowed here.
  const settled = !query.isPlaceholderData && search.toLowerCase() === typed;
  const options: ActorFacet[] = useMemo(
    () =>
      (query.data?.actors ?? [])
        .filter((a) => !criteria.actor.includes(a.slug))
        .filter((a) => !typed || settled || a.name.toLowerCase().includes(typed) || a.slug.includes(typed))
        .slice(0, 20),
    [query.data, criteria.actor, typed, settled],
  );

  useEffect(() => setActive(0), [typed, open]);

  const pick = (a: ActorFacet) => {
    onAdd(a.slug, a.name);
    setText("");
    input.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter") {
      e.preventDefault();
      const a = open ? options[active] : undefined;
      if (a) pick(a);
      else setOpen(true);
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else if (text) {
        e.preventDefault();
        setText("");
      }
    } else if (e.key === "Backspace" && !text && criteria.actor.length) {
      onRemove(criteria.actor[criteria.actor.length - 1]!);
    }
  };

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const showList = open && (options.length > 0 || !query.isPending);

  return (
    <div className="actor-picker">
      <label htmlFor={`${id}-input`} className="field-label">
        Actors
      </label>
      {criteria.actor.length ? (
        <ul className="chips" aria-label="Chosen actors">
          {criteria.actor.map((slug) => (
            <li key={slug} className="chip">
              <span>{names.get(slug) ?? slug}</span>
              <button type="button" onClick={() => onRemove(slug)} aria-label={`Remove ${names.get(slug) ?? slug}`}>
                <span aria-hidden="true">×</span>
              </button>
              <input type="hidden" name="actor" value={slug} />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="combo">
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={criteria.actor.length ? "Add another actor…" : "Search actors…"}
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && options[active] ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <span id={`${id}-hint`} className="visually-hidden">
          Numbers are events that match the other filters with this actor.
        </span>
        <ul id={listId} role="listbox" aria-label="Actors" className="combo-list" hidden={!showList}>
          {options.map((a, i) => (
            <li
              key={a.slug}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? "is-active" : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(a)}
            >
              <span className="opt-name">{a.name}</span>
              <span className="opt-count" aria-label={`${a.count} events`}>
                {a.count}
              </span>
              {a.role || a.country ? <span className="opt-detail">{a.role ?? a.country}</span> : null}
            </li>
          ))}
          {!options.length && !query.isPending ? (
            <li role="option" aria-selected={false} aria-disabled="true" className="opt-none">
              {search ? `No actor named “${search}” in the matching events` : "No other actors in the matching events"}
            </li>
          ) : null}
        </ul>
      </div>
    </div>
  );
}
