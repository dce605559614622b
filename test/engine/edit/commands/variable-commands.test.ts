import { describe, expect, it } from 'vitest';
import { apply, block, pizzaProject, refuse } from '../fixtures';

describe('setVariable / deleteVariable', () => {
  it('declares a variable and replaces a declaration with the same name', () => {
    let { project } = apply(pizzaProject(), {
      type: 'setVariable',
      variable: { name: 'user.iban', sensitive: true },
    });
    expect(project.variables.at(-1)).toEqual({ name: 'user.iban', sensitive: true });
    ({ project } = apply(project, {
      type: 'setVariable',
      variable: { name: 'order.size', description: 'Size' },
    }));
    expect(project.variables[0]).toEqual({ name: 'order.size', description: 'Size' });
  });

  it('deletes a declaration and refuses an undeclared one', () => {
    const { project } = apply(pizzaProject(), { type: 'deleteVariable', name: 'user.name' });
    expect(project.variables.map((v) => v.name)).toEqual(['order.size']);
    expect(refuse(project, { type: 'deleteVariable', name: 'user.name' }).code).toBe('unknown-variable');
  });
});

describe('renameVariable', () => {
  it('rewrites templates (with filters), condition vars, button sets and declarations', () => {
    const { project } = apply(pizzaProject(), {
      type: 'renameVariable',
      from: 'order.size',
      to: 'pizza.size',
    });
    expect(project.variables[0]!.name).toBe('pizza.size');
    expect(block(project, 'route')).toMatchObject({
      rules: [{ when: { var: 'pizza.size', op: 'eq', value: 'large' } }],
    });
    expect(block(project, 'check_stock')).toMatchObject({
      url: 'https://shop.example.com/stock/{pizza.size}',
      body: { size: '{pizza.size|toUpperCase}' },
    });
    expect(block(project, 'ask_size')).toMatchObject({
      messages: [{ buttons: [{ set: { 'pizza.size': 'large' } }, {}] }],
    });
  });

  it('renames the paths under a renamed object and input variables', () => {
    const { project } = apply(pizzaProject(), { type: 'renameVariable', from: 'user', to: 'customer' });
    expect(block(project, 'welcome')).toMatchObject({ messages: [{ text: 'Welcome {customer.name}!' }] });
    expect(block(project, 'ask_email')).toMatchObject({ variable: 'customer.email' });
    expect(project.variables[1]!.name).toBe('customer.name');
  });

  it('leaves escaped braces, longer names and code alone', () => {
    const start = apply(pizzaProject(), {
      type: 'updateBlock',
      id: 'welcome',
      patch: {
        messages: [{ kind: 'text', text: 'Hi \\{user.name} {user.names} { user.name | capitalize }' }],
      },
    }).project;
    const withCode = apply(start, {
      type: 'updateBlock',
      id: 'done',
      patch: { code: 'args["user.name"]', args: { n: '{user.name}' } },
    }).project;
    const { project } = apply(withCode, { type: 'renameVariable', from: 'user.name', to: 'user.first' });
    expect(block(project, 'welcome')).toMatchObject({
      messages: [{ text: 'Hi \\{user.name} {user.names} { user.first | capitalize }' }],
    });
    expect(block(project, 'done')).toMatchObject({ code: 'args["user.name"]', args: { n: '{user.first}' } });
  });

  it('renames expectVars keys in tests', () => {
    const start = apply(pizzaProject(), {
      type: 'setTest',
      test: { name: 't', steps: [{ expectVars: { 'order.size': 'large' } }] },
    }).project;
    const { project } = apply(start, { type: 'renameVariable', from: 'order.size', to: 'size' });
    expect(project.tests[1]!.steps[0]).toEqual({ expectVars: { size: 'large' } });
  });

  it('refuses a name already declared and a variable that is nowhere', () => {
    expect(refuse(pizzaProject(), { type: 'renameVariable', from: 'order.size', to: 'user.name' }).code).toBe(
      'id-taken',
    );
    expect(refuse(pizzaProject(), { type: 'renameVariable', from: 'ghost', to: 'spirit' }).code).toBe(
      'unknown-variable',
    );
  });
});
