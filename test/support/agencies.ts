/** The name of the agency an id stands for, among a catalog's or an extraction's agencies. */
export const agencyName =
  (agencies: readonly { id: string; name: string }[]) =>
  (id: string | undefined): string | undefined =>
    agencies.find((a) => a.id === id)?.name;
