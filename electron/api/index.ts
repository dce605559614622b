// Public surface of the host contract: shared by the host (both shells) and the renderer.
export * from './contract';
export * from './secrets';
export * from './simulator';
export * from './chatlayer';
export * from './events';
export * from './host-error';
export * from './dispatch';
export * from './create-client';
