import { fitPatlak } from './fitPatlak';
import { fitTofts } from './fitTofts';
import type { ToftsWorkspace } from './fitTofts';
import { fitToftsLinear } from './fitToftsLinear';
import { fitTwoCompartmentExchange } from './fitTwoCompartmentExchange';
import type { KineticBasis } from './kineticBasis';
import type { KineticFit, KineticModel } from './kineticFit';

/** 'lm': the contract's least-squares fit (Levenberg–Marquardt; Patlak is linear anyway). 'linear': Murase's linearisation (previews). */
export type KineticFitMethod = 'lm' | 'linear';

export interface FitKineticModelOptions {
  readonly model: KineticModel;
  /** Default 'lm'. */
  readonly method?: KineticFitMethod;
  /** Start of the Tofts kep search (see fitTofts): 'grid' (default, single curves) or 'linear' (maps). */
  readonly start?: 'grid' | 'linear';
  readonly workspace?: ToftsWorkspace;
}

/** Fits one concentration curve (mM at the basis' times) with the chosen model and method. */
export function fitKineticModel(conc: ArrayLike<number>, basis: KineticBasis, options: FitKineticModelOptions): KineticFit {
  if (options.model === 'patlak') return fitPatlak(conc, basis);
  if (options.model === '2cxm') return fitTwoCompartmentExchange(conc, basis);
  const extended = options.model === 'etofts';
  if (options.method === 'linear') return fitToftsLinear(conc, basis, { extended, ...(options.workspace ? { buffers: options.workspace } : {}) });
  return fitTofts(conc, basis, { extended, start: options.start ?? 'grid', ...(options.workspace ? { workspace: options.workspace } : {}) });
}
