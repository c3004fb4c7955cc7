// Thin decode worker: packages/dicom's decodeSliceInto, writing into the volume's shared buffer.
import * as Comlink from 'comlink';
import { configureCodecs, decodeSliceInto } from '@caliper/dicom';
import { loadCodec, type CodecName } from '@caliper/dicom/pixels/codecs';
import { browserCodecUrls } from '@caliper/dicom/pixels/browserCodecUrls';
import { createDecodeApi } from './createDecodeApi';

configureCodecs({ locateFile: (file: string) => browserCodecUrls[file] ?? file });

Comlink.expose(createDecodeApi(decodeSliceInto, (name) => loadCodec(name as CodecName).then(() => undefined)));
