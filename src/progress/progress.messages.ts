import { defineMessages } from '../core/i18n.js';

/** The strings the element needs before a view has loaded: its name, loading and error states. */
export const shellMessages = defineMessages({
  ko: {
    label: '나의 학습 현황',
    loading: '학습 현황을 불러오는 중입니다.',
    loadFailed: '학습 현황을 불러오지 못했습니다.',
    cohortLabel: '학습자 집단 현황',
    cohortLoading: '학습자 집단 현황을 불러오는 중입니다.',
    cohortFailed: '학습자 집단 현황을 불러오지 못했습니다.',
    retry: '다시 시도',
    signedOut: '로그인이 필요하거나 로그인이 만료되었습니다. 다시 로그인한 뒤 시도해 주세요.',
    forbidden: '로그인한 계정으로는 이 학습 현황을 볼 수 없습니다.',
    updated: '학습 현황이 새로 고쳐졌습니다.',
  },
  en: {
    label: 'My learning progress',
    loading: 'Loading your progress.',
    loadFailed: 'We could not load your progress.',
    cohortLabel: 'Cohort overview',
    cohortLoading: 'Loading the cohort overview.',
    cohortFailed: 'We could not load the cohort overview.',
    retry: 'Try again',
    signedOut: 'You need to sign in, or your session has expired. Sign in again, then try again.',
    forbidden: 'The account you are signed in with cannot see this progress.',
    updated: 'Your progress was updated.',
  },
});

export type ShellMessages = ReturnType<typeof shellMessages>;
