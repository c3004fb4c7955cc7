// Modality scaling: PET SUV factors and diffusion b-values.
export * from './suv/index';
export * from './diffusion/index';
