import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/booking/booking.define.js';
import { fixedClock, type Clock } from '../src/data/clock.js';
import { DemoDataSource } from '../src/data/demo-data-source.js';
import { SlotTakenError } from '../src/data/errors.js';
import type { BookingRequest, DataSource } from '../src/data/types.js';

interface BookingArgs {
  kind?: string;
  'consultant-id'?: string;
  'lead-time-hours'?: number;
  view?: string;
  'heading-level'?: number;
  required?: boolean;
}

/** A fresh in-memory demo data source per story, so that a story never changes the demo site's bookings. */
const memory = (): DemoDataSource => new DemoDataSource({ storage: 'memory' });

/** Demo data whose slot query always answers "nothing free". */
function noSlots(): DataSource {
  const source = memory();
  return Object.assign(Object.create(source) as DataSource, { listSlots: async () => [] });
}

/** Demo data where someone else takes the chosen slot just before the first confirm. */
function takenOnce(): DataSource {
  const source = memory();
  let raced = false;
  return Object.assign(Object.create(source) as DataSource, {
    createBooking: async (request: BookingRequest) => {
      if (raced) return source.createBooking(request);
      raced = true;
      throw new SlotTakenError(request.slotId);
    },
  });
}

/** Demo data with one upcoming mentoring booking for the demo learner. */
async function withBooking(): Promise<DataSource> {
  const source = memory();
  const now = Date.now();
  const slots = await source.listSlots({
    kind: 'mentoring',
    from: new Date(now + 2 * 86_400_000).toISOString(),
    to: new Date(now + 20 * 86_400_000).toISOString(),
  });
  const slot = slots[0];
  if (slot) {
    await source.createBooking({
      slotId: slot.id,
      learnerId: 'demo-learner',
      applicant: {
        name: '서울런',
        schoolLevel: 'middle',
        grade: 2,
        phone: '010-0000-0000',
        guardianAttending: false,
        consent: true,
      },
      idempotencyKey: 'story-booking',
    });
  }
  return source;
}

/**
 * `<seoul-learn-booking>` books a consultation (입시컨설팅, 멘토링, 학습상담) in Korea Standard Time,
 * step by step and fully by keyboard: kind → consultant → date and time (side by side) → applicant details with
 * consent → review → confirmation with an `.ics` file. `view="mine"` lists the learner's bookings.
 * Region, language and contrast follow the toolbar.
 */
const meta: Meta<BookingArgs> = {
  title: 'Elements/Booking',
  component: 'seoul-learn-booking',
  argTypes: {
    kind: { control: 'select', options: [undefined, 'admissions', 'mentoring', 'study'] },
    'consultant-id': {
      control: 'select',
      options: [undefined, 'kim-seoyeon', 'lee-junho', 'park-minjae', 'choi-yuna', 'jung-minsu'],
    },
    'lead-time-hours': { control: { type: 'number', min: 0, step: 1 } },
    view: { control: 'inline-radio', options: ['book', 'mine'] },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
    required: { control: 'boolean' },
  },
  args: { view: 'book', 'heading-level': 2, required: false },
  render: (args, { loaded }) => html`
    <seoul-learn-booking
      kind=${ifDefined(args.kind)}
      consultant-id=${ifDefined(args['consultant-id'])}
      lead-time-hours=${ifDefined(args['lead-time-hours'])}
      view=${ifDefined(args.view)}
      heading-level=${ifDefined(args['heading-level'])}
      ?required=${args.required}
      .dataSource=${(loaded as { dataSource?: DataSource }).dataSource ?? memory()}
      .clock=${(loaded as { clock?: Clock }).clock}
    ></seoul-learn-booking>
  `,
};
export default meta;

type Story = StoryObj<BookingArgs>;

/** The whole flow on demo data. */
export const FullFlow: Story = {};

/** `kind="mentoring"` skips the first step. */
export const PreselectedKind: Story = { args: { kind: 'mentoring' } };

/**
 * `kind` and `consultant-id` open the date-and-time step: the month and, once a day is chosen,
 * its times beside it (below on a narrow element).
 */
export const DateAndTime: Story = { args: { kind: 'mentoring', 'consultant-id': 'park-minjae' } };

/** No free times: every day in the calendar is disabled and says why. */
/** The consultation kinds are still loading: a skeleton in the shape of the first step. */
export const Loading: Story = {
  loaders: [
    async () => {
      const source = memory();
      source.listConsultationKinds = () => new Promise(() => {});
      return { dataSource: source };
    },
  ],
};

export const NoSlotsAvailable: Story = { loaders: [async () => ({ dataSource: noSlots() })] };

/**
 * The element and its data on a pinned `clock`, Monday 3 January 2028 (09:00 KST): that year's
 * public holidays are not published yet, so no day is offered; the calendar looks a month ahead,
 * finds nothing there either, and says why.
 */
export const HolidaysNotPublished: Story = {
  args: { kind: 'mentoring' },
  loaders: [
    async () => {
      const clock = fixedClock('2028-01-03T00:00:00Z');
      return { clock, dataSource: new DemoDataSource({ storage: 'memory', now: clock }) };
    },
  ],
};

/** The first confirm meets a slot that someone else has just taken: back to fresh times, input kept. */
export const SlotTakenRace: Story = {
  args: { kind: 'study' },
  loaders: [async () => ({ dataSource: takenOnce() })],
};

/** The learner's bookings: upcoming and past, with reschedule, cancel and .ics. */
export const MyBookings: Story = {
  args: { view: 'mine' },
  loaders: [async () => ({ dataSource: await withBooking() })],
};

/** A narrow phone screen. */
export const NarrowMobile: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/**
 * Inside a host `<form>` with `required`: the form cannot be sent until a booking is confirmed,
 * and then sends the booking id. Headings start at `<h3>` under the page's own `<h2>`.
 */
export const InHostForm: Story = {
  args: { required: true, 'heading-level': 3 },
  render: (args) => html`
    <form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        form.querySelector('output')!.textContent = `booking=${String(new FormData(form).get('booking'))}`;
      }}
    >
      <h2>프로그램 신청 / Programme application</h2>
      <seoul-learn-booking
        name="booking"
        ?required=${args.required}
        heading-level=${ifDefined(args['heading-level'])}
        .dataSource=${memory()}
      ></seoul-learn-booking>
      <button>신청서 제출 / Submit</button>
      <output></output>
    </form>
  `,
};
