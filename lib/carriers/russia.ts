/** Rules that follow from Russian law and practice, shared by the Russian operators. */
import { source, type RuleSet } from './define';

export const russianRules: RuleSet = {
  officialDomains: ['gosuslugi.ru'],
  sources: {
    telephoneRules2024: source('https://www.rbc.ru/economics/26/01/2024/65b3e69c9a79475745177ffe', false),
    gosuslugiRefuse: source('https://www.rbc.ru/rbcfreenews/6900e19a9a7947664e9ac9d7', false),
    gosuslugiTerminate: source('https://www.kommersant.ru/doc/8179167', false),
    gosuslugiBlock: source('https://rtvi.com/news/vlasti-nachnut-proveryat-privyazannye-k-gosuslugam-sotovye-nomera-rossiyan/', false),
    idleFees: source('https://rf-smi.ru/tech/44298-skolko-vremeni-mozhno-ne-polzovatsya-sim-kartoy-.html', false),
    smsCoolingOff: source('https://kupi.com/en-ae/blog/cooling-off-period-sim-card-issues-in-russia', false),
    t2NoDebt: source('https://lipetsk.tele2.ru/help/article/contract-termination', true),
  },
  channels: [
    { id: 'gosuslugi', kind: 'government-portal', label: 'russia.channelGosuslugi', url: 'https://www.gosuslugi.ru/', sources: ['gosuslugiBlock'] },
  ],
  rules: [
    { id: 'russia-gosuslugi', stage: 'confirm-online', kind: 'info', text: 'russia.gosuslugi', channel: 'gosuslugi', sources: ['gosuslugiRefuse', 'gosuslugiTerminate', 'gosuslugiBlock'], confidence: 'low' },
    { id: 'russia-implied-termination', stage: 'confirm-online', kind: 'info', text: 'russia.impliedTermination', when: { answer: 'inCountry', is: 'no' }, sources: ['telephoneRules2024', 'idleFees'], confidence: 'medium' },
    { id: 'russia-no-debt', stage: 'gather-materials', kind: 'task', text: 'russia.noDebt', sources: ['t2NoDebt', 'telephoneRules2024'], confidence: 'high' },
    { id: 'russia-sms-block', stage: 'submit-request', kind: 'warning', text: 'russia.smsBlock', when: { answer: 'hasNumber', is: ['yes', 'not-sure'] }, sources: ['smsCoolingOff'], confidence: 'low' },
    { id: 'russia-idle-fees', stage: 'check-charges', kind: 'warning', text: 'russia.idleFees', sources: ['idleFees'], confidence: 'low' },
  ],
};
