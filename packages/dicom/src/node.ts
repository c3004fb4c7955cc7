// @caliper/dicom/node: Node-only entry (file system). The browser bundle never imports this.
export { readNodePaths } from './node/readNodePaths';
