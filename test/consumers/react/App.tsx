import { useState } from 'react';
import { SeoulLearnCourse, SeoulLearnProvider, type LessonStartedDetail } from '@seoul-learn/elements/react';

/** The demo course through the React wrappers, and a booking element as a plain tag (the `/jsx` types). */
export function App() {
  const [started, setStarted] = useState<LessonStartedDetail>();
  return (
    <main>
      <h1>서울런 강의</h1>
      <p>
        Started: <output id="started">{started ? started.lessonId : ''}</output>
      </p>
      <SeoulLearnProvider locale="ko" region="gimpo">
        <SeoulLearnCourse
          courseId="elem-math-fractions"
          headingLevel={2}
          onLessonStarted={(event) => setStarted(event.detail)}
        />
        <seoul-learn-booking kind="mentoring" heading-level="3" />
      </SeoulLearnProvider>
    </main>
  );
}
