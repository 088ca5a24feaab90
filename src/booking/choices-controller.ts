/**
 * What can be booked: the consultation kinds and the consultants offering one, loaded from the
 * data source, and the consultant preselected by `consultant-id` once the list shows it exists.
 */
import type { ReactiveControllerHost } from 'lit';
import type { RequestController } from '../core/request-controller.js';
import { warnOnce } from '../core/warn.js';
import type { Consultant, ConsultationKind, ConsultationKindId, DataSource } from '../data/types.js';

export interface ChoicesOptions {
  readonly requests: RequestController<'kinds' | 'consultants'>;
  readonly source: () => DataSource | undefined;
  /** The preselected consultant offers the kind (`id`), or does not (`undefined`, after a warning). */
  readonly preselected: (id: string | undefined) => void;
}

export class ChoicesController {
  kinds?: ConsultationKind[];
  consultants?: Consultant[];
  /** Every consultant seen, by id: slots, summaries and "my bookings" name them. */
  readonly names = new Map<string, Consultant>();
  private preselect?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChoicesOptions,
  ) {}

  reset(): void {
    this.kinds = this.consultants = undefined;
    this.host.requestUpdate();
  }

  kind(id: ConsultationKindId | undefined): ConsultationKind | undefined {
    return this.kinds?.find((kind) => kind.id === id);
  }

  loadKinds(): void {
    const source = this.options.source();
    if (!source) return;
    void this.options.requests.run('kinds', (signal) => source.listConsultationKinds({ signal }), {
      done: (kinds) => (this.kinds = kinds),
    });
  }

  /** Loads the consultants of `kind` (every consultant without one), checking `preselect` against them. */
  loadConsultants(kind?: ConsultationKindId, preselect?: string): void {
    const source = this.options.source();
    if (!source) return;
    this.consultants = undefined;
    this.preselect = preselect;
    void this.options.requests.run('consultants', (signal) => source.listConsultants(kind, { signal }), {
      done: (list) => {
        for (const consultant of list) this.names.set(consultant.id, consultant);
        this.consultants = list;
        this.checkPreselected(kind, list);
      },
    });
  }

  private checkPreselected(kind: ConsultationKindId | undefined, list: readonly Consultant[]): void {
    const id = this.preselect;
    if (id === undefined) return;
    this.preselect = undefined;
    if (list.some((consultant) => consultant.id === id)) return this.options.preselected(id);
    const { host } = this;
    warnOnce(
      host,
      `consultant-id=${id}`,
      `<${host.localName}> consultant-id="${id}" does not offer "${kind}"; use one of ${list.map((c) => c.id).join(', ')}. Starting at the first step.`,
    );
    this.options.preselected(undefined);
  }
}
