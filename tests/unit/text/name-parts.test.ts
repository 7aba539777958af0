import { describe, expect, it } from 'vitest';
import { nameParts } from '../../../utils/text/name-parts';

describe('nameParts', () => {
  it.each([
    ['Jana Schmidt', { family: 'Schmidt', given: 'Jana', prefix: '', suffix: '' }],
    ['Jana Schmidt, MBA', { family: 'Schmidt', given: 'Jana', prefix: '', suffix: 'MBA' }],
    ['Kai Müller (he/him)', { family: 'Müller', given: 'Kai', prefix: '', suffix: '' }],
    ['Dr. Jana Schmidt', { family: 'Schmidt', given: 'Jana', prefix: 'Dr.', suffix: '' }],
    ['Prof. Dr.-Ing. Anna Maria Berg', { family: 'Berg', given: 'Anna Maria', prefix: 'Prof. Dr.-Ing.', suffix: '' }],
    ['Lucas Moreau 🚀 (LION)', { family: 'Moreau', given: 'Lucas', prefix: '', suffix: '' }],
    ['Madonna', { family: 'Madonna', given: '', prefix: '', suffix: '' }],
    ['Dr.', { family: 'Dr.', given: '', prefix: '', suffix: '' }],
    ['Jane Doe, Ph.D., PMP', { family: 'Doe', given: 'Jane', prefix: '', suffix: 'Ph.D., PMP' }],
    ['Herr Jan de Boer', { family: 'de Boer', given: 'Jan', prefix: 'Herr', suffix: '' }],
    ['Anna von der Berg', { family: 'von der Berg', given: 'Anna', prefix: '', suffix: '' }],
    ['van Dijk', { family: 'Dijk', given: 'van', prefix: '', suffix: '' }],
  ])('%s', (name, parts) => {
    expect(nameParts(name)).toEqual(parts);
  });
});
