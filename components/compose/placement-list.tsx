"use client";
// The page's articles top to bottom. Dragged by the handle with a pointer or
// finger, or with the keyboard (Space, arrows, Space); 上移/下移 do the same
// one step at a time.
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useId, type ReactNode } from "react";
import { format } from "@/lib/i18n";
import { ChangedBadge, FitBadge, JumpBadges, OffPageBadge } from "./badges";
import { t } from "./messages";
import type { BoxValues, PlacementView } from "./types";

interface Props {
  placements: PlacementView[];
  boxOf(placement: PlacementView): BoxValues;
  selectedId: string | null;
  offPage: ReadonlySet<string>;
  canCompose: boolean;
  onSelect(id: string): void;
  onReorder(order: string[]): void;
  onShowChange(id: string): void;
  /** The editor of the selected placement, shown inside its row. */
  editor: ReactNode;
}

export function PlacementList({ placements, boxOf, selectedId, offPage, canCompose, onSelect, onReorder, onShowChange, editor }: Props) {
  const contextId = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = placements.map((p) => p.id);
  const move = (from: number, to: number) => onReorder(arrayMove(ids, from, to));

  const headlineOf = (id: UniqueIdentifier) => placements.find((p) => p.id === id)?.article.headline ?? "";
  const positionOf = (id: UniqueIdentifier | undefined) => (id === undefined ? 0 : ids.indexOf(String(id)) + 1);
  const announcements: Announcements = {
    onDragStart: ({ active }) => format(t.dnd.picked, { headline: headlineOf(active.id), position: positionOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? format(t.dnd.over, { headline: headlineOf(active.id), position: positionOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? format(t.dnd.dropped, { headline: headlineOf(active.id), position: positionOf(over.id) }) : undefined),
    onDragCancel: ({ active }) => format(t.dnd.cancelled, { headline: headlineOf(active.id) }),
  };
  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };

  return (
    <DndContext
      id={contextId}
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={dragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t.dnd.instructions } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="space-y-2" data-testid="placement-list">
          {placements.map((placement, index) => (
            <PlacementRow
              key={placement.id}
              placement={placement}
              box={boxOf(placement)}
              index={index}
              count={placements.length}
              selected={placement.id === selectedId}
              offPage={offPage.has(placement.id)}
              canCompose={canCompose}
              onSelect={() => onSelect(placement.id)}
              onMove={(by) => move(index, index + by)}
              onShowChange={() => onShowChange(placement.id)}
            >
              {placement.id === selectedId ? editor : null}
            </PlacementRow>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

interface RowProps {
  placement: PlacementView;
  box: BoxValues;
  index: number;
  count: number;
  selected: boolean;
  offPage: boolean;
  canCompose: boolean;
  onSelect(): void;
  onMove(by: -1 | 1): void;
  onShowChange(): void;
  children: ReactNode;
}

const arrow =
  "grid size-8 place-items-center rounded text-stone-500 hover:bg-stone-100 hover:text-stone-900 disabled:text-stone-300 disabled:hover:bg-transparent sm:size-7";

function PlacementRow({ placement, box, index, count, selected, offPage, canCompose, onSelect, onMove, onShowChange, children }: RowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: placement.id,
    disabled: !canCompose,
  });
  const { article, changed } = placement;

  return (
    <li
      ref={setNodeRef}
      data-placement-row={placement.id}
      data-selected={selected || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`relative rounded-lg border bg-white transition-shadow ${
        isDragging ? "z-10 border-sky-400 shadow-lg" : selected ? "border-sky-500 shadow-sm ring-1 ring-sky-500" : "border-stone-200 hover:border-stone-300"
      }`}
    >
      <div className="flex items-start gap-1.5 py-2 pr-1.5 pl-1.5">
        {canCompose ? (
          <button
            ref={setActivatorNodeRef}
            type="button"
            {...attributes}
            {...listeners}
            aria-label={format(t.placements.drag, { headline: article.headline })}
            className="grid h-9 w-6 shrink-0 cursor-grab touch-none place-items-center rounded text-stone-400 hover:bg-stone-100 hover:text-stone-700 focus-visible:outline-2 focus-visible:outline-sky-500 active:cursor-grabbing"
          >
            <GripIcon />
          </button>
        ) : (
          <span className="w-1.5 shrink-0" />
        )}
        <span className="mt-0.5 grid size-6 shrink-0 place-items-center rounded bg-stone-100 text-xs font-semibold tabular-nums text-stone-600">
          {index + 1}
        </span>
        <div className="min-w-0 flex-1">
          <button
            type="button"
            onClick={onSelect}
            aria-expanded={selected}
            aria-label={format(t.placements.select, { headline: article.headline })}
            className="block w-full rounded text-left focus-visible:outline-2 focus-visible:outline-sky-500"
          >
            {article.kicker && <span className="block truncate text-xs text-stone-500">{article.kicker}</span>}
            <span className="line-clamp-2 font-serif text-[15px] font-bold leading-snug text-stone-900">{article.headline}</span>
            <span className="mt-0.5 block text-[11px] tabular-nums text-stone-500">
              {format(t.placements.summary, { start: box.columnStart, span: box.columnSpan, height: box.height, size: box.headlineSize })}
            </span>
          </button>
          <div className="mt-1.5 flex flex-wrap gap-1">
            <FitBadge fit={placement.fit} />
            <JumpBadges continuedOnPage={placement.continuedOnPage} continuesFromPage={placement.continuesFromPage} />
            {offPage && <OffPageBadge />}
            {changed && <ChangedBadge />}
          </div>
        </div>
        {canCompose && (
          <div className="flex shrink-0 flex-col">
            <button type="button" className={arrow} disabled={index === 0} onClick={() => onMove(-1)} aria-label={format(t.placements.moveUpLabel, { headline: article.headline })} title={t.placements.moveUp}>
              <ChevronIcon up />
            </button>
            <button type="button" className={arrow} disabled={index === count - 1} onClick={() => onMove(1)} aria-label={format(t.placements.moveDownLabel, { headline: article.headline })} title={t.placements.moveDown}>
              <ChevronIcon />
            </button>
          </div>
        )}
      </div>
      {changed && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-orange-200 bg-orange-50 px-3 py-1.5 text-xs text-orange-900">
          <span className="tabular-nums">{format(t.changed.stats, changed.stats)}</span>
          <button type="button" onClick={onShowChange} className="font-medium text-orange-800 underline decoration-orange-300 underline-offset-2 hover:decoration-orange-700">
            {canCompose ? `${t.changed.show} · ${t.changed.acknowledge}` : t.changed.show}
          </button>
        </div>
      )}
      {selected && (
        <div className="border-t border-stone-200 bg-stone-50/70 px-3 pt-2.5 pb-3">
          <p className="mb-2.5 text-xs tabular-nums text-stone-500">{format(t.fit.detail, { capacity: placement.fit.capacity, chars: placement.fit.chars })}</p>
          {offPage && <p className="mb-2.5 text-xs leading-5 text-red-700">{t.placements.offPageHint}</p>}
          {children}
        </div>
      )}
    </li>
  );
}

function GripIcon() {
  return (
    <svg aria-hidden viewBox="0 0 10 16" className="h-4 w-2.5 fill-current">
      {[2, 8, 14].map((y) => [2.5, 7.5].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r={1.3} />))}
    </svg>
  );
}

function ChevronIcon({ up = false }: { up?: boolean }) {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className={`size-4 fill-none stroke-current stroke-2 ${up ? "" : "rotate-180"}`}>
      <path d="M4 10l4-4 4 4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
