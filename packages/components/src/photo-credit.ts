import { AlimaPhotoCredit } from './photo-credit/photo-credit.js';
import { defineElement } from './internal/define.js';

export { AlimaPhotoCredit, photoCreditPlacements } from './photo-credit/photo-credit.js';
export type { PhotoCreditPlacement } from './photo-credit/photo-credit.js';

defineElement('alima-photo-credit', AlimaPhotoCredit);
