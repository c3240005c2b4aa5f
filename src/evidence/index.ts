export { type EvidenceManifest, type ManifestFile } from './manifest.js';
export { type EvidenceInput, writeEvidencePack } from './pack.js';
export { type VerifyResult, verifyEvidencePack } from './verify.js';
