// dicom-parser ships a UMD bundle: under Node ESM and Vite its API is the default export.
import * as ns from 'dicom-parser';

type DicomParser = typeof ns;
const dicomParser: DicomParser = ((ns as unknown as { default?: DicomParser }).default ?? ns) as DicomParser;

export default dicomParser;
