/** The parts of a custom-elements manifest this filter reads; everything else passes through. */
interface Member {
  privacy?: string;
}
interface Declaration {
  members?: Member[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * The manifest without private and protected members. The analyzer lists them
 * (marked `privacy`), but Storybook's autodocs would show them as controls
 * and API rows, as if `localize` were an attribute designers could set.
 */
export function publicApi<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) => member.privacy !== 'private' && member.privacy !== 'protected',
        ),
      })),
    })),
  };
}
