/** Coded reasons a reviewer picks from (admin-editable data once seeded). */
export const reasonCodeSeeds = [
  {
    code: 'duplicates_shared_app',
    label: 'Duplikasi aplikasi umum',
    labelEn: 'Duplicates a shared application',
    appliesTo: 'rejected',
  },
  {
    code: 'duplicates_agency_app',
    label: 'Duplikasi aplikasi instansi lain',
    labelEn: "Duplicates another agency's application",
    appliesTo: 'rejected',
  },
  {
    code: 'integrate_via_splp',
    label: 'Integrasikan melalui SPLP',
    labelEn: 'Integrate through SPLP instead',
    appliesTo: 'any',
  },
  {
    code: 'missing_cost_benefit',
    label: 'Analisis biaya-manfaat belum ada',
    labelEn: 'Missing cost-benefit analysis',
    appliesTo: 'returned',
  },
  {
    code: 'missing_kak',
    label: 'KAK belum lengkap',
    labelEn: 'Terms of reference incomplete',
    appliesTo: 'returned',
  },
  {
    code: 'architecture_mismatch',
    label: 'Tidak sesuai arsitektur SPBE',
    labelEn: 'Does not fit the SPBE architecture',
    appliesTo: 'any',
  },
  {
    code: 'budget_unjustified',
    label: 'Anggaran tidak wajar',
    labelEn: 'Budget not justified',
    appliesTo: 'any',
  },
  {
    code: 'security_requirements',
    label: 'Persyaratan keamanan belum dipenuhi',
    labelEn: 'Security requirements not met',
    appliesTo: 'any',
  },
  {
    code: 'host_in_pdn',
    label: 'Gunakan Pusat Data Nasional',
    labelEn: 'Host in the National Data Centre',
    appliesTo: 'any',
  },
  {
    code: 'meets_requirements',
    label: 'Memenuhi persyaratan',
    labelEn: 'Meets the requirements',
    appliesTo: 'approved',
  },
] as const;
