/** Every carrier file with the shared rule sets it takes (commonRules goes to all). Sorted by id, "generic" last: the validator checks it, and `npm run new:carrier` inserts in place. */
import { airalo } from './airalo';
import { att } from './att';
import { beeline } from './beeline';
import { bnesim } from './bnesim';
import { changiMobile } from './changi-mobile';
import { chineseRules } from './china';
import { chinaMobile } from './china-mobile';
import { chinaTelecom } from './china-telecom';
import { chinaUnicom } from './china-unicom';
import { cmhk } from './cmhk';
import { deutscheTelekom } from './deutsche-telekom';
import { digitalRepublic } from './digital-republic';
import { ee } from './ee';
import { esimMe } from './esim-me';
import { flexiroam } from './flexiroam';
import { generic } from './generic';
import { giffgaff } from './giffgaff';
import { gigsky } from './gigsky';
import { googleFi } from './google-fi';
import { helloroam } from './helloroam';
import { holafly } from './holafly';
import { idMobile } from './id-mobile';
import { keepgo } from './keepgo';
import { lycamobileUk } from './lycamobile-uk';
import { mayaMobile } from './maya-mobile';
import { megafon } from './megafon';
import { mobal } from './mobal';
import { mobimatter } from './mobimatter';
import { mts } from './mts';
import { nomad } from './nomad';
import { o2Uk } from './o2-uk';
import { roamless } from './roamless';
import { russianRules } from './russia';
import { saily } from './saily';
import { simLocal } from './sim-local';
import { simo } from './simo';
import { smarty } from './smarty';
import { tMobileUs } from './t-mobile-us';
import { t2 } from './t2';
import { telstra } from './telstra';
import { threeIe } from './three-ie';
import { threeUk } from './three-uk';
import { truphone } from './truphone';
import { ubigi } from './ubigi';
import { usMobile } from './us-mobile';
import { verizon } from './verizon';
import { vodafoneDe } from './vodafone-de';
import { vodafoneUk } from './vodafone-uk';
import { yesim } from './yesim';
import { yota } from './yota';
import type { CatalogueEntry } from './validate';

export const CATALOGUE: CatalogueEntry[] = [
  ['lib/carriers/airalo.ts', airalo, []],
  ['lib/carriers/att.ts', att, []],
  ['lib/carriers/beeline.ts', beeline, [russianRules]],
  ['lib/carriers/bnesim.ts', bnesim, []],
  ['lib/carriers/changi-mobile.ts', changiMobile, []],
  ['lib/carriers/china-mobile.ts', chinaMobile, [chineseRules]],
  ['lib/carriers/china-telecom.ts', chinaTelecom, [chineseRules]],
  ['lib/carriers/china-unicom.ts', chinaUnicom, [chineseRules]],
  ['lib/carriers/cmhk.ts', cmhk, []],
  ['lib/carriers/deutsche-telekom.ts', deutscheTelekom, []],
  ['lib/carriers/digital-republic.ts', digitalRepublic, []],
  ['lib/carriers/ee.ts', ee, []],
  ['lib/carriers/esim-me.ts', esimMe, []],
  ['lib/carriers/flexiroam.ts', flexiroam, []],
  ['lib/carriers/giffgaff.ts', giffgaff, []],
  ['lib/carriers/gigsky.ts', gigsky, []],
  ['lib/carriers/google-fi.ts', googleFi, []],
  ['lib/carriers/helloroam.ts', helloroam, []],
  ['lib/carriers/holafly.ts', holafly, []],
  ['lib/carriers/id-mobile.ts', idMobile, []],
  ['lib/carriers/keepgo.ts', keepgo, []],
  ['lib/carriers/lycamobile-uk.ts', lycamobileUk, []],
  ['lib/carriers/maya-mobile.ts', mayaMobile, []],
  ['lib/carriers/megafon.ts', megafon, [russianRules]],
  ['lib/carriers/mobal.ts', mobal, []],
  ['lib/carriers/mobimatter.ts', mobimatter, []],
  ['lib/carriers/mts.ts', mts, [russianRules]],
  ['lib/carriers/nomad.ts', nomad, []],
  ['lib/carriers/o2-uk.ts', o2Uk, []],
  ['lib/carriers/roamless.ts', roamless, []],
  ['lib/carriers/saily.ts', saily, []],
  ['lib/carriers/sim-local.ts', simLocal, []],
  ['lib/carriers/simo.ts', simo, []],
  ['lib/carriers/smarty.ts', smarty, []],
  ['lib/carriers/t-mobile-us.ts', tMobileUs, []],
  ['lib/carriers/t2.ts', t2, [russianRules]],
  ['lib/carriers/telstra.ts', telstra, []],
  ['lib/carriers/three-ie.ts', threeIe, []],
  ['lib/carriers/three-uk.ts', threeUk, []],
  ['lib/carriers/truphone.ts', truphone, []],
  ['lib/carriers/ubigi.ts', ubigi, []],
  ['lib/carriers/us-mobile.ts', usMobile, []],
  ['lib/carriers/verizon.ts', verizon, []],
  ['lib/carriers/vodafone-de.ts', vodafoneDe, []],
  ['lib/carriers/vodafone-uk.ts', vodafoneUk, []],
  ['lib/carriers/yesim.ts', yesim, []],
  ['lib/carriers/yota.ts', yota, [russianRules]],
  ['lib/carriers/generic.ts', generic, []],
];
