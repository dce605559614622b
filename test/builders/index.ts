// Test builders: valid botloom/1 model objects with defaults, for every test that needs a project.
export { message, input, goto, api, code, rule } from './blocks';
export { text, jump, link, buttons, quickReplies, image, carousel, cmp, all, any, not } from './messages';
export { project, flow, type ProjectOverrides } from './project';
export { generateProject, type GenerateProjectOptions } from './generate-project';
