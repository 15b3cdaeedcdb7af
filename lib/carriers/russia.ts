/**
 * Rules that follow from Russian law and practice, shared by the Russian operators.
 * recheck-2026-11-30.md §2 (wins): noDebt rests on T2's official page and a news report (the decree text was never read):
 * medium, not high; smsBlock (one third-party source) is hedged; impliedTermination quotes the decree as "implied action
 * aimed at termination", not "counts as ending the contract". gosuslugi.ru was never read: it is a channel (the official
 * domain), never a dated source.
 * The operators' own sentences are not shared: each says something different of its operator (what it asks for, its
 * fees, its sources), beyond the name.
 */
import { HOME_OPERATOR_DEFAULTS, READ_IN_RECHECK, READ_IN_FIRST_RESEARCH, source, type CarrierEntry, type RuleSet } from './define';

/** What every Russian operator's file shares: its country, kind and language, and the usual answers for its SIM. */
export const russianOperator: Pick<CarrierEntry, 'country' | 'kind' | 'language' | 'defaults'> = {
  country: 'RU',
  kind: 'mobile-operator',
  language: 'ru',
  defaults: HOME_OPERATOR_DEFAULTS,
};

export const russianRules: RuleSet = {
  officialDomains: ['gosuslugi.ru'],
  sources: {
    telephoneRules2024: source('https://www.rbc.ru/economics/26/01/2024/65b3e69c9a79475745177ffe', false, READ_IN_FIRST_RESEARCH),
    gosuslugiRefuse: source('https://www.rbc.ru/rbcfreenews/6900e19a9a7947664e9ac9d7', false, READ_IN_FIRST_RESEARCH),
    gosuslugiTerminate: source('https://www.kommersant.ru/doc/8179167', false, READ_IN_FIRST_RESEARCH),
    gosuslugiBlock: source('https://rtvi.com/news/vlasti-nachnut-proveryat-privyazannye-k-gosuslugam-sotovye-nomera-rossiyan/', false, READ_IN_FIRST_RESEARCH),
    idleFees: source('https://rf-smi.ru/tech/44298-skolko-vremeni-mozhno-ne-polzovatsya-sim-kartoy-.html', false, READ_IN_FIRST_RESEARCH),
    smsCoolingOff: source('https://kupi.com/en-ae/blog/cooling-off-period-sim-card-issues-in-russia', false, READ_IN_FIRST_RESEARCH),
    t2NoDebt: source('https://lipetsk.tele2.ru/help/article/contract-termination', true, READ_IN_RECHECK),
  },
  channels: [{ id: 'gosuslugi', kind: 'government-portal', label: 'russia.channelGosuslugi', url: 'https://www.gosuslugi.ru/', sources: ['gosuslugiBlock'] }],
  rules: [
    {
      id: 'russia-gosuslugi',
      stage: 'confirm-online',
      kind: 'info',
      text: 'russia.gosuslugi',
      channel: 'gosuslugi',
      sources: ['gosuslugiRefuse', 'gosuslugiTerminate', 'gosuslugiBlock'],
      confidence: 'low',
    },
    {
      id: 'russia-number-registry',
      stage: 'check-charges',
      kind: 'task',
      text: 'russia.numberRegistry',
      when: { answer: 'hasNumber', is: ['yes', 'not-sure'] },
      channel: 'gosuslugi',
      sources: ['gosuslugiBlock', 'gosuslugiTerminate'],
      confidence: 'low',
    },
    {
      id: 'russia-implied-termination',
      stage: 'confirm-online',
      kind: 'info',
      text: 'russia.impliedTermination',
      when: { answer: 'inCountry', is: 'no' },
      sources: ['telephoneRules2024', 'idleFees'],
      confidence: 'medium',
    },
    { id: 'russia-no-debt', stage: 'gather-materials', kind: 'task', text: 'russia.noDebt', sources: ['t2NoDebt', 'telephoneRules2024'], confidence: 'medium' },
    {
      id: 'russia-sms-block',
      stage: 'submit-request',
      kind: 'warning',
      text: 'russia.smsBlock',
      when: { answer: 'hasNumber', is: ['yes', 'not-sure'] },
      sources: ['smsCoolingOff'],
      confidence: 'low',
    },
    { id: 'russia-idle-fees', stage: 'check-charges', kind: 'warning', text: 'russia.idleFees', sources: ['idleFees'], confidence: 'low' },
  ],
};
