/** Patient/study attributes copied into exported SR and SEG objects (from the study being read). */
export interface ExportContext {
  readonly patient: {
    readonly name: string;
    readonly id: string;
    /** IssuerOfPatientID: the authority that assigned `id` (with it, the patient key across studies). */
    readonly issuer?: string;
    /** DA, YYYYMMDD. */
    readonly birthDate?: string;
    readonly sex?: 'M' | 'F' | 'O';
  };
  readonly study: {
    readonly studyInstanceUID: string;
    readonly studyDate?: string;
    readonly studyTime?: string;
    readonly studyId?: string;
    readonly accessionNumber?: string;
    readonly referringPhysicianName?: string;
  };
  /** Content creator (PN), e.g. the radiologist. */
  readonly observerName?: string;
  readonly manufacturer?: string;
  readonly softwareVersion?: string;
  readonly seriesNumber?: number;
  /** Time stamp of the export (default: now). */
  readonly now?: Date;
}

export const CALIPER_VERSION = '0.1.0';

/** Patient, General Study and equipment attributes shared by SR and SEG. */
export function commonAttributes(ctx: ExportContext): Record<string, unknown> {
  return {
    SpecificCharacterSet: 'ISO_IR 192',
    PatientName: ctx.patient.name,
    PatientID: ctx.patient.id,
    ...(ctx.patient.issuer !== undefined ? { IssuerOfPatientID: ctx.patient.issuer } : {}),
    PatientBirthDate: ctx.patient.birthDate ?? '',
    PatientSex: ctx.patient.sex ?? '',
    StudyInstanceUID: ctx.study.studyInstanceUID,
    StudyDate: ctx.study.studyDate ?? '',
    StudyTime: ctx.study.studyTime ?? '',
    StudyID: ctx.study.studyId ?? '',
    AccessionNumber: ctx.study.accessionNumber ?? '',
    ReferringPhysicianName: ctx.study.referringPhysicianName ?? '',
    Manufacturer: ctx.manufacturer ?? 'Caliper',
    ManufacturerModelName: 'Caliper',
    DeviceSerialNumber: '1',
    SoftwareVersions: ctx.softwareVersion ?? CALIPER_VERSION,
  };
}
