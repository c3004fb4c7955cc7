// Modality scaling: PET SUV factors, diffusion b-values, stored ADC maps.
export * from './suv/index';
export * from './diffusion/index';
export * from './adc/index';
