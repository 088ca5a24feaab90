interface Member {
  name?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  members?: Member[];
  attributes?: Member[];
  [key: string]: unknown;
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** The manifest without private, protected and `_` members, so autodocs show only the public API. */
export function publicManifest<M extends Manifest>(manifest: M): M {
  const isPublic = (member: Member) =>
    !member.name?.startsWith('_') && member.privacy !== 'private' && member.privacy !== 'protected' && !member.static;
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(isPublic),
      })),
    })),
  };
}
