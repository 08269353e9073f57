/**
 * A labelled evaluation set for the overlap flag: realistic proposals as an agency would type
 * them, each labelled by hand with the national applications (seeds/data/shared-apps.ts) it
 * duplicates and a few it must not be flagged against. Labels follow what the national
 * applications do per their descriptions and functions, never the engine's output.
 *
 * Labelling conventions:
 * - An application that only *uses* a national service (an e-office calling the BSrE signing API,
 *   a hospital system sending records to SATUSEHAT) does not duplicate it.
 * - A function that a national application lists but its description does not mention (cuti in
 *   SIASN) still counts: the function list is what the catalogue declares the application does.
 * - Neighbouring functions that no national application lists (presensi, PPID, whistleblowing,
 *   PPDB, pajak daerah, perizinan non-berusaha, stunting) are not duplicates.
 */
export interface LabelledProposal {
  /** Short slug, unique. */
  id: string;
  /** Indonesian application name as an agency would type it. */
  name: string;
  /** 1-3 realistic Indonesian sentences. */
  description: string;
  /** Catalogue function codes (seeds/data/functions.ts). */
  functions?: string[];
  /** Data entity codes (seeds/data/data-entities.ts). */
  dataEntities?: string[];
  /** Acronyms of national shared applications this proposal duplicates. */
  duplicates: string[];
  /** Acronyms of national applications it must not be flagged against. */
  notDuplicates: string[];
}

export const LABELLED_PROPOSALS: LabelledProposal[] = [
  // ── SRIKANDI: naskah dinas, disposisi, arsip dinamis ─────────────────────────────────────
  {
    id: 'eoffice-banyumas',
    name: 'e-Office Pemerintah Kabupaten Banyumas',
    description:
      'Aplikasi persuratan elektronik untuk naskah dinas masuk dan keluar serta disposisi berjenjang dari kepala perangkat daerah sampai staf. Surat ditandatangani dengan TTE yang terhubung ke layanan BSrE dan tersimpan sebagai arsip digital.',
    functions: ['RAL.02.06.01', 'RAL.02.06.02', 'RAL.02.06.03'],
    dataEntities: ['RAD.10.02.01'],
    duplicates: ['SRIKANDI'],
    notDuplicates: ['BSrE', 'SIKN-JIKN'],
  },
  {
    id: 'simasda-setda',
    name: 'SIMASDA - Sistem Manajemen Surat dan Disposisi Setda Provinsi Nusa Tenggara Barat',
    description:
      'Pencatatan surat masuk, agenda surat keluar dan disposisi pimpinan secara daring di lingkungan Sekretariat Daerah. Pimpinan dapat memberi disposisi dan memantau status surat melalui ponsel.',
    duplicates: ['SRIKANDI'],
    notDuplicates: ['SP4N-LAPOR!', 'SIKN-JIKN'],
  },
  {
    id: 'tnde-kementerian',
    name: 'Tata Naskah Dinas Elektronik (TNDE) Kementerian',
    description:
      'Pembuatan nota dinas, surat dinas dan surat edaran sesuai pedoman tata naskah dinas, dengan penomoran otomatis, paraf berjenjang dan pengiriman antarunit kerja.',
    duplicates: ['SRIKANDI'],
    notDuplicates: ['JDIHN'],
  },
  {
    id: 'arsip-digital-opd',
    name: 'Aplikasi Pengelolaan Arsip Dinamis Perangkat Daerah',
    description:
      'Pemberkasan arsip aktif dan inaktif berdasarkan klasifikasi arsip, jadwal retensi arsip dan usul musnah, serta layanan peminjaman arsip antarunit pengolah.',
    functions: ['RAL.02.06.04', 'RAL.02.06.06', 'RAL.02.06.07', 'RAL.02.06.08'],
    dataEntities: ['RAD.10.02.02'],
    duplicates: ['SRIKANDI'],
    notDuplicates: ['SIKN-JIKN', 'SIMAN'],
  },
  {
    id: 'esurat-kota-kupang',
    name: 'e-Surat Kota Kupang',
    description:
      'Surat undangan, nota dinas dan surat keluar OPD dibuat dan dikirim secara elektronik; disposisi kepala dinas dilakukan lewat HP sehingga tidak perlu lagi lembar disposisi kertas.',
    duplicates: ['SRIKANDI'],
    notDuplicates: ['SP4N-LAPOR!'],
  },
  {
    id: 'persuratan-tte-mandiri',
    name: 'Sistem Persuratan dan Tanda Tangan Elektronik Mandiri Pemprov Jambi',
    description:
      'Pengelolaan naskah dinas dan disposisi elektronik sekaligus penerbitan sertifikat elektronik sendiri bagi pejabat penandatangan, tanpa bergantung pada penyelenggara sertifikasi dari pusat.',
    functions: ['RAL.02.06.01', 'RAL.02.06.02', 'RAB.09.04.05'],
    dataEntities: ['RAD.10.02.01', 'RAD.09.04.01'],
    duplicates: ['SRIKANDI', 'BSrE'],
    notDuplicates: ['SIASN'],
  },

  // ── SIASN: data ASN dan layanan kepegawaian ──────────────────────────────────────────────
  {
    id: 'simpeg-kab-gowa',
    name: 'SIMPEG Kabupaten Gowa',
    description:
      'Sistem informasi manajemen kepegawaian untuk data induk PNS dan PPPK, usulan kenaikan pangkat, mutasi jabatan dan pensiun pegawai di lingkungan pemerintah kabupaten.',
    functions: ['RAB.09.06.01', 'RAB.09.06.04', 'RAB.09.06.05', 'RAB.09.06.06'],
    dataEntities: ['RAD.09.06.01'],
    duplicates: ['SIASN'],
    notDuplicates: ['e-Kinerja', 'SIAK Terpusat'],
  },
  {
    id: 'simpeg-text',
    name: 'Sistem Informasi Manajemen Kepegawaian BKPSDM',
    description:
      'Menyimpan data pegawai beserta riwayat pangkat, jabatan dan pendidikan, mencetak DUK, serta memproses usulan kenaikan pangkat dan pensiun secara online.',
    duplicates: ['SIASN'],
    notDuplicates: ['Dapodik'],
  },
  {
    id: 'cuti-online',
    name: 'Aplikasi Layanan Cuti Online ASN',
    description:
      'Pegawai mengajukan cuti tahunan, cuti sakit dan cuti besar secara daring; atasan menyetujui dan saldo cuti tercatat otomatis.',
    functions: ['RAB.09.06.03'],
    dataEntities: ['RAD.09.06.01'],
    duplicates: ['SIASN'],
    notDuplicates: ['e-Kinerja'],
  },
  {
    id: 'erekrutmen-pppk',
    name: 'e-Rekrutmen CASN dan PPPK Pemerintah Provinsi Riau',
    description:
      'Pendaftaran pelamar, seleksi administrasi dan pengumuman hasil seleksi calon ASN dan PPPK berdasarkan formasi yang ditetapkan.',
    duplicates: ['SIASN'],
    notDuplicates: ['SISNAKER'],
  },
  {
    id: 'sikep-terpadu',
    name: 'SIKEP - Sistem Informasi Kepegawaian dan Kinerja Terpadu',
    description:
      'Satu aplikasi untuk data pokok pegawai, mutasi dan rotasi jabatan, serta penyusunan dan penilaian sasaran kinerja pegawai (SKP) bulanan oleh atasan langsung.',
    functions: ['RAB.09.06.01', 'RAB.09.06.05', 'RAB.09.06.07'],
    dataEntities: ['RAD.09.06.01', 'RAD.09.06.03'],
    duplicates: ['SIASN', 'e-Kinerja'],
    notDuplicates: ['e-SAKIP'],
  },
  {
    id: 'epensiun',
    name: 'e-Pensiun Kota Medan',
    description:
      'Pengajuan berkas pensiun PNS secara elektronik, pemeriksaan kelengkapan oleh BKD dan pemantauan status penerbitan SK pensiun.',
    duplicates: ['SIASN'],
    notDuplicates: ['SAKTI'],
  },
  {
    id: 'pemutakhiran-data-asn',
    name: 'Aplikasi Pemutakhiran Data Mandiri Pegawai',
    description:
      'ASN memperbarui sendiri data pribadi, riwayat jabatan dan riwayat pendidikan, lalu diverifikasi oleh pengelola kepegawaian.',
    functions: ['RAB.09.06.14', 'RAB.09.06.01'],
    duplicates: ['SIASN'],
    notDuplicates: ['SIAK Terpusat'],
  },

  // ── e-Kinerja: kinerja pegawai ──────────────────────────────────────────────────────────
  {
    id: 'ekinerja-kab',
    name: 'e-Kinerja Pegawai Kabupaten Sidoarjo',
    description:
      'Penyusunan SKP, pengisian realisasi kinerja, penilaian oleh atasan dan rekap capaian kinerja pegawai sebagai dasar pemberian TPP.',
    functions: ['RAB.09.06.07'],
    dataEntities: ['RAD.09.06.03'],
    duplicates: ['e-Kinerja'],
    notDuplicates: ['e-SAKIP'],
  },
  {
    id: 'eskp-harian',
    name: 'e-SKP dan Laporan Aktivitas Harian ASN',
    description:
      'Pegawai mencatat aktivitas harian yang dikaitkan dengan rencana hasil kerja; atasan memantau dan memberi penilaian perilaku kerja setiap bulan.',
    duplicates: ['e-Kinerja'],
    notDuplicates: ['e-SAKIP', 'SIASN'],
  },

  // ── SPSE, SIRUP, e-Katalog: pengadaan ───────────────────────────────────────────────────
  {
    id: 'lpse-kab',
    name: 'LPSE Kabupaten Tapanuli Utara',
    description:
      'Layanan pengadaan secara elektronik untuk tender dan seleksi barang/jasa, pendaftaran penyedia dan penayangan pengumuman lelang.',
    duplicates: ['SPSE'],
    notDuplicates: ['SIRUP', 'e-Katalog'],
  },
  {
    id: 'manajemen-kontrak',
    name: 'Sistem Informasi Manajemen Kontrak Pengadaan Dinas PUPR',
    description:
      'Pencatatan kontrak hasil pemilihan penyedia, adendum, progres fisik dan pembayaran termin, serta laporan realisasi pengadaan setiap bulan.',
    functions: ['RAL.02.06.13', 'RAL.02.06.15'],
    dataEntities: ['RAD.10.02.06', 'RAD.10.02.05'],
    duplicates: ['SPSE'],
    notDuplicates: ['SIPD-RI'],
  },
  {
    id: 'etendering-text',
    name: 'e-Tendering Pemerintah Kota Balikpapan',
    description:
      'Proses lelang pekerjaan konstruksi dan jasa konsultansi dilakukan daring: penyedia mengunggah dokumen penawaran, pokja pemilihan mengevaluasi dan mengumumkan pemenang.',
    duplicates: ['SPSE'],
    notDuplicates: ['SIINas'],
  },
  {
    id: 'pengadaan-terpadu',
    name: 'Sistem Informasi Perencanaan dan Pelaksanaan Pengadaan (SIPP)',
    description:
      'Perangkat daerah menyusun dan mengumumkan rencana umum pengadaan, kemudian paket yang sama diproses tender elektroniknya dalam aplikasi ini.',
    functions: ['RAL.02.06.09', 'RAL.02.06.10'],
    dataEntities: ['RAD.10.02.04'],
    duplicates: ['SPSE', 'SIRUP'],
    notDuplicates: ['SIPD-RI'],
  },
  {
    id: 'rup-daerah',
    name: 'Aplikasi Rencana Umum Pengadaan Daerah',
    description:
      'Penyusunan dan pengumuman RUP setiap perangkat daerah berdasarkan DPA sebelum proses pemilihan penyedia dimulai.',
    functions: ['RAL.02.06.09'],
    dataEntities: ['RAD.10.02.04'],
    duplicates: ['SIRUP'],
    notDuplicates: ['SPSE'],
  },
  {
    id: 'rup-text',
    name: 'Portal Pengumuman Rencana Pengadaan Barang/Jasa Kabupaten Bantul',
    description:
      'Masyarakat dan calon penyedia dapat melihat daftar paket pengadaan yang direncanakan OPD tahun berjalan beserta pagu dan jadwal pemilihannya.',
    duplicates: ['SIRUP'],
    notDuplicates: ['Satu Data Indonesia'],
  },
  {
    id: 'toko-daring-pemprov',
    name: 'Toko Daring Belanja Pemerintah Provinsi Jawa Tengah',
    description:
      'Katalog lokal produk UMKM untuk belanja perangkat daerah melalui e-purchasing dan pengadaan langsung, lengkap dengan keranjang belanja dan pesanan.',
    functions: ['RAL.02.06.11', 'RAL.02.06.12'],
    dataEntities: ['RAD.10.02.05'],
    duplicates: ['e-Katalog'],
    notDuplicates: ['SPSE', 'OSS-RBA'],
  },
  {
    id: 'katalog-lokal-text',
    name: 'e-Katalog Lokal Kabupaten Badung',
    description:
      'Penayangan produk penyedia lokal dengan harga yang telah disepakati sehingga pejabat pengadaan dapat membeli langsung tanpa tender.',
    duplicates: ['e-Katalog'],
    notDuplicates: ['SIINas'],
  },

  // ── SP4N-LAPOR!: pengaduan masyarakat ───────────────────────────────────────────────────
  {
    id: 'pengaduan-kota',
    name: 'Aplikasi Pengaduan Masyarakat Kota Bandung',
    description:
      'Warga menyampaikan keluhan tentang pelayanan publik, laporan diteruskan ke OPD terkait dan tindak lanjutnya dapat dipantau hingga selesai.',
    functions: ['RAL.01.11.01', 'RAL.01.11.03'],
    dataEntities: ['RAD.10.02.07'],
    duplicates: ['SP4N-LAPOR!'],
    notDuplicates: ['SRIKANDI'],
  },
  {
    id: 'lapor-bupati',
    name: 'Lapor Bupati',
    description:
      'Kanal aspirasi dan aduan warga melalui WhatsApp, situs web dan media sosial yang dikelola admin Diskominfo, diteruskan ke dinas dan dipantau penyelesaiannya.',
    duplicates: ['SP4N-LAPOR!'],
    notDuplicates: ['SIKS-NG'],
  },
  {
    id: 'aduan-rsud',
    name: 'Sistem Informasi Pengaduan Layanan RSUD Dr. Soetomo',
    description:
      'Pasien dan keluarga pasien dapat mengadukan keluhan pelayanan rumah sakit; pengaduan ditindaklanjuti unit terkait dan dilaporkan kepada direksi.',
    duplicates: ['SP4N-LAPOR!'],
    notDuplicates: ['SATUSEHAT'],
  },

  // ── SIPD-RI: perencanaan, penganggaran, penatausahaan daerah ───────────────────────────
  {
    id: 'eplanning-bappeda',
    name: 'e-Planning Bappeda Kabupaten Lombok Timur',
    description:
      'Penyusunan RKPD dan Renja perangkat daerah, input usulan musrenbang kecamatan, dan sinkronisasi program dengan RPJMD.',
    functions: ['RAB.09.05.01', 'RAB.09.05.03', 'RAB.09.05.04'],
    dataEntities: ['RAD.09.05.01', 'RAD.09.05.02'],
    duplicates: ['SIPD-RI'],
    notDuplicates: ['e-SAKIP'],
  },
  {
    id: 'ebudgeting',
    name: 'e-Budgeting Pemerintah Kota Surabaya',
    description:
      'Penyusunan RKA perangkat daerah, rancangan APBD dan APBD perubahan berdasarkan standar satuan harga yang ditetapkan kepala daerah.',
    duplicates: ['SIPD-RI'],
    notDuplicates: ['SAKTI', 'Siskeudes'],
  },
  {
    id: 'penatausahaan-keuda',
    name: 'Sistem Penatausahaan Keuangan Daerah BPKAD',
    description:
      'Penerbitan SPP, SPM dan SP2D, pembukuan bendahara pengeluaran OPD, serta penyusunan laporan realisasi anggaran dan laporan keuangan pemerintah daerah.',
    functions: ['RAB.09.02.06', 'RAB.09.02.08'],
    dataEntities: ['RAD.09.02.03', 'RAD.09.02.04'],
    duplicates: ['SIPD-RI'],
    notDuplicates: ['SAKTI', 'Siskeudes'],
  },
  {
    id: 'epokir-dprd',
    name: 'e-Pokir DPRD Provinsi Sumatera Barat',
    description:
      'Anggota DPRD menginput pokok-pokok pikiran hasil reses untuk dibahas dalam penyusunan rencana kerja pemerintah daerah.',
    duplicates: ['SIPD-RI'],
    notDuplicates: ['SP4N-LAPOR!', 'JDIHN'],
  },
  {
    id: 'emusrenbang',
    name: 'e-Musrenbang Desa dan Kecamatan',
    description:
      'Usulan pembangunan dari musrenbang desa dan kecamatan diinput, diverifikasi dan diprioritaskan secara daring sebagai bahan penyusunan RKPD.',
    duplicates: ['SIPD-RI'],
    notDuplicates: ['Siskeudes', 'SP4N-LAPOR!'],
  },

  // ── SAKTI: keuangan satker instansi pusat ───────────────────────────────────────────────
  {
    id: 'keuangan-satker',
    name: 'Aplikasi Keuangan Satuan Kerja Balai Wilayah Sungai',
    description:
      'Pelaksanaan anggaran DIPA satker: pencatatan komitmen, pembuatan SPM, pembukuan bendahara dan penyusunan laporan keuangan semesteran untuk kementerian.',
    duplicates: ['SAKTI'],
    notDuplicates: ['SIPD-RI'],
  },
  {
    id: 'pelaksanaan-dipa',
    name: 'Sistem Informasi Pelaksanaan Anggaran dan Perbendaharaan Kementerian',
    description:
      'Pengelolaan revisi DIPA, realisasi belanja, pengelolaan kas bendahara dan rekonsiliasi dengan KPPN untuk seluruh satuan kerja eselon I.',
    functions: ['RAB.09.02.04', 'RAB.09.02.07', 'RAB.09.02.09'],
    dataEntities: ['RAD.09.02.02', 'RAD.09.02.03'],
    duplicates: ['SAKTI'],
    notDuplicates: ['SIPD-RI', 'Siskeudes'],
  },

  // ── e-SAKIP: akuntabilitas kinerja instansi ─────────────────────────────────────────────
  {
    id: 'esakip-kab',
    name: 'e-SAKIP Kabupaten Kulon Progo',
    description:
      'Penyusunan perjanjian kinerja, penetapan indikator kinerja utama, pengukuran capaian triwulanan dan penyusunan LKjIP perangkat daerah.',
    duplicates: ['e-SAKIP'],
    notDuplicates: ['e-Kinerja'],
  },
  {
    id: 'kinerja-opd',
    name: 'Sistem Informasi Kinerja Perangkat Daerah (SIKIPD)',
    description:
      'Setiap OPD menetapkan perjanjian kinerja dan IKU, lalu melaporkan realisasi untuk laporan kinerja instansi pemerintah.',
    functions: ['RAL.02.07.01', 'RAL.02.07.02', 'RAL.02.07.03'],
    dataEntities: ['RAD.09.06.07'],
    duplicates: ['e-SAKIP'],
    notDuplicates: ['e-Kinerja', 'SIPD-RI'],
  },
  {
    id: 'evaluasi-akip',
    name: 'Aplikasi Evaluasi AKIP Inspektorat',
    description:
      'Inspektorat melakukan evaluasi implementasi SAKIP perangkat daerah, memberi nilai dan rekomendasi perbaikan akuntabilitas kinerja.',
    functions: ['RAL.02.07.05'],
    duplicates: ['e-SAKIP'],
    notDuplicates: ['e-Kinerja'],
  },
  {
    id: 'perencanaan-kinerja',
    name: 'Aplikasi Perencanaan dan Akuntabilitas Kinerja Daerah',
    description:
      'Dari penyusunan Renstra dan Renja perangkat daerah sampai perjanjian kinerja, pengukuran IKU dan LKjIP dalam satu aplikasi.',
    duplicates: ['SIPD-RI', 'e-SAKIP'],
    notDuplicates: ['e-Kinerja'],
  },

  // ── JDIHN: dokumentasi hukum ────────────────────────────────────────────────────────────
  {
    id: 'jdih-kab',
    name: 'JDIH Kabupaten Sleman',
    description:
      'Jaringan dokumentasi dan informasi hukum yang memuat peraturan daerah, peraturan bupati dan keputusan bupati yang dapat dicari dan diunduh masyarakat.',
    duplicates: ['JDIHN'],
    notDuplicates: ['Satu Data Indonesia'],
  },
  {
    id: 'dokumentasi-hukum-dprd',
    name: 'Sistem Informasi Dokumentasi Peraturan DPRD',
    description:
      'Basis data peraturan perundang-undangan dan produk hukum yang telah diundangkan, beserta abstrak dan status berlakunya.',
    functions: ['RAB.05.01.01'],
    dataEntities: ['RAD.05.01.01'],
    duplicates: ['JDIHN'],
    notDuplicates: ['SIKN-JIKN'],
  },

  // ── Satu Data Indonesia: data terbuka ───────────────────────────────────────────────────
  {
    id: 'satu-data-kota',
    name: 'Portal Satu Data Kota Semarang',
    description:
      'Portal data terbuka yang menampilkan dataset perangkat daerah beserta metadata, dapat dicari dan diunduh dalam format CSV.',
    functions: ['RAB.09.03.01', 'RAB.09.03.03'],
    dataEntities: ['RAD.09.03.02', 'RAD.09.03.01'],
    duplicates: ['Satu Data Indonesia'],
    notDuplicates: ['JDIHN'],
  },
  {
    id: 'open-data-prov',
    name: 'Open Data Provinsi Kalimantan Selatan',
    description:
      'Katalog dataset pemerintah provinsi dengan metadata baku sesuai Perpres Satu Data, dapat diakses publik melalui API.',
    duplicates: ['Satu Data Indonesia'],
    notDuplicates: ['SIPD-RI'],
  },

  // ── SIMAN: barang milik negara ──────────────────────────────────────────────────────────
  {
    id: 'bmn-kementerian',
    name: 'Aplikasi Pengelolaan BMN Direktorat Jenderal',
    description:
      'Perencanaan kebutuhan BMN, penetapan status penggunaan, usulan sewa dan pinjam pakai, serta usulan penghapusan barang milik negara satuan kerja.',
    duplicates: ['SIMAN'],
    notDuplicates: ['e-Katalog'],
  },
  {
    id: 'sim-bmn-univ',
    name: 'SIM-BMN Universitas Negeri Padang',
    description:
      'Inventarisasi aset tanah, gedung dan peralatan milik negara di lingkungan universitas, penilaian kembali dan pemanfaatan aset.',
    functions: ['RAB.09.02.14'],
    dataEntities: ['RAD.09.02.05'],
    duplicates: ['SIMAN'],
    notDuplicates: ['Dapodik'],
  },

  // ── SATUSEHAT: pertukaran data kesehatan ───────────────────────────────────────────────
  {
    id: 'integrasi-rme-dinkes',
    name: 'Platform Integrasi Data Kesehatan Dinas Kesehatan Provinsi',
    description:
      'Bridging rekam medis elektronik puskesmas, klinik dan RSUD ke satu repositori data pasien menggunakan standar HL7 FHIR agar riwayat pasien dapat dibaca antarfasilitas.',
    duplicates: ['SATUSEHAT'],
    notDuplicates: ['SIAK Terpusat'],
  },
  {
    id: 'registrasi-faskes-nakes',
    name: 'Sistem Registrasi Fasilitas dan Tenaga Kesehatan',
    description:
      'Pendaftaran dan pemutakhiran data fasilitas pelayanan kesehatan serta tenaga kesehatan beserta surat tanda registrasinya.',
    functions: ['RAB.04.01.13', 'RAB.04.01.11'],
    dataEntities: ['RAD.04.01.01', 'RAD.04.01.02'],
    duplicates: ['SATUSEHAT'],
    notDuplicates: ['SISNAKER'],
  },

  // ── SIAK Terpusat: administrasi kependudukan ────────────────────────────────────────────
  {
    id: 'adminduk-online',
    name: 'Layanan Adminduk Online Disdukcapil Kabupaten Klaten',
    description:
      'Pendaftaran perubahan kartu keluarga, pindah datang penduduk dan penerbitan akta kelahiran serta akta kematian secara daring.',
    functions: ['RAB.03.07.01', 'RAB.03.07.02'],
    dataEntities: ['RAD.03.07.02', 'RAD.03.07.03'],
    duplicates: ['SIAK Terpusat'],
    notDuplicates: ['SATUSEHAT'],
  },
  {
    id: 'verifikasi-nik',
    name: 'Sistem Verifikasi NIK untuk Layanan OPD',
    description:
      'Layanan pencocokan NIK dan data kependudukan bagi perangkat daerah yang membutuhkan validasi identitas pemohon layanan.',
    duplicates: ['SIAK Terpusat'],
    notDuplicates: ['SIASN', 'OSS-RBA'],
  },

  // ── OSS-RBA: perizinan berusaha ─────────────────────────────────────────────────────────
  {
    id: 'perizinan-dpmptsp',
    name: 'SIMPERIZINAN DPMPTSP Kabupaten Karawang',
    description:
      'Permohonan perizinan berusaha dan penerbitan NIB bagi pelaku usaha, serta pengawasan kepatuhan perizinan berusaha di daerah.',
    duplicates: ['OSS-RBA'],
    notDuplicates: ['SIINas'],
  },
  {
    id: 'lkpm-daerah',
    name: 'Aplikasi Laporan Kegiatan Penanaman Modal Daerah',
    description:
      'Pelaku usaha menyampaikan LKPM triwulanan dan DPMPTSP memantau realisasi investasi per sektor.',
    functions: ['RAB.02.08.04', 'RAB.02.08.03'],
    dataEntities: ['RAD.02.08.02', 'RAD.02.08.01'],
    duplicates: ['OSS-RBA'],
    notDuplicates: ['SIINas'],
  },

  // ── Dapodik: data pokok pendidikan ──────────────────────────────────────────────────────
  {
    id: 'pendataan-sekolah',
    name: 'Sistem Informasi Pendataan Sekolah Dinas Pendidikan',
    description:
      'Sekolah mengisi data satuan pendidikan, data siswa, data guru dan tenaga kependidikan setiap semester untuk rekap kabupaten.',
    duplicates: ['Dapodik'],
    notDuplicates: ['SIASN'],
  },
  {
    id: 'dapodik-kab',
    name: 'Basis Data Pendidikan Kabupaten Bojonegoro',
    description: 'Pendataan peserta didik, pendidik dan satuan pendidikan jenjang SD dan SMP.',
    functions: ['RAB.06.01.01'],
    dataEntities: ['RAD.06.01.01', 'RAD.06.01.02', 'RAD.06.01.03'],
    duplicates: ['Dapodik'],
    notDuplicates: ['SIAK Terpusat'],
  },

  // ── Siskeudes: keuangan desa ────────────────────────────────────────────────────────────
  {
    id: 'apbdes-online',
    name: 'Sistem Keuangan Kampung Kabupaten Jayapura',
    description:
      'Penyusunan APBKam, penatausahaan kas kampung, SPP kegiatan dan laporan pertanggungjawaban realisasi dana desa.',
    duplicates: ['Siskeudes'],
    notDuplicates: ['SIPD-RI'],
  },
  {
    id: 'simkeudes',
    name: 'SIMKEUDES',
    description:
      'Aplikasi pengelolaan keuangan desa dari perencanaan, penganggaran dan penatausahaan sampai pelaporan APBDes.',
    functions: ['RAB.09.02.15'],
    dataEntities: ['RAD.09.02.08'],
    duplicates: ['Siskeudes'],
    notDuplicates: ['SIPD-RI'],
  },

  // ── SIKS-NG: data terpadu kesejahteraan sosial ──────────────────────────────────────────
  {
    id: 'verval-dtks',
    name: 'Aplikasi Verifikasi dan Validasi DTKS Dinas Sosial',
    description:
      'Operator desa dan dinas sosial melakukan verval dan pemutakhiran data terpadu kesejahteraan sosial untuk usulan penerima bantuan.',
    functions: ['RAB.04.02.01', 'RAB.04.02.03'],
    dataEntities: ['RAD.04.02.01'],
    duplicates: ['SIKS-NG'],
    notDuplicates: ['SIAK Terpusat'],
  },
  {
    id: 'data-warga-miskin',
    name: 'Sistem Pendataan Keluarga Miskin Kota Palembang',
    description:
      'Pendataan dan pemutakhiran data kemiskinan rumah tangga oleh kelurahan sebagai basis data kesejahteraan sosial kota.',
    duplicates: ['SIKS-NG'],
    notDuplicates: ['SIAK Terpusat'],
  },

  // ── SISNAKER: ketenagakerjaan ───────────────────────────────────────────────────────────
  {
    id: 'bursa-kerja',
    name: 'Bursa Kerja Online Disnaker Kota Bekasi',
    description:
      'Pencari kerja membuat akun dan kartu AK/1, perusahaan menayangkan lowongan kerja dan Disnaker mempertemukan keduanya melalui job fair daring.',
    duplicates: ['SISNAKER'],
    notDuplicates: ['SIASN'],
  },
  {
    id: 'pelatihan-hi',
    name: 'Sistem Informasi Pelatihan Kerja dan Hubungan Industrial',
    description:
      'Pendaftaran pelatihan di Balai Latihan Kerja, pencatatan perselisihan hubungan industrial dan wajib lapor ketenagakerjaan perusahaan.',
    functions: ['RAB.06.02.02', 'RAB.06.02.04'],
    dataEntities: ['RAD.06.02.03'],
    duplicates: ['SISNAKER'],
    notDuplicates: ['SIINas'],
  },

  // ── SIINas: industri ────────────────────────────────────────────────────────────────────
  {
    id: 'industri-daerah',
    name: 'Sistem Informasi Industri Daerah Provinsi Jawa Timur',
    description:
      'Pendataan perusahaan industri dan kawasan industri di provinsi beserta laporan produksi, kapasitas terpasang dan tenaga kerjanya.',
    duplicates: ['SIINas'],
    notDuplicates: ['OSS-RBA'],
  },
  {
    id: 'data-ikm',
    name: 'Aplikasi Data Industri Disperindag',
    description: 'Pencatatan data perusahaan industri kecil dan menengah per kecamatan.',
    functions: ['RAB.02.01.01'],
    dataEntities: ['RAD.02.01.01'],
    duplicates: ['SIINas'],
    notDuplicates: ['OSS-RBA'],
  },

  // ── SIKN-JIKN: arsip statis ─────────────────────────────────────────────────────────────
  {
    id: 'arsip-statis-dispusip',
    name: 'Sistem Informasi Arsip Statis Dinas Perpustakaan dan Kearsipan',
    description:
      'Penyajian daftar arsip statis dan khazanah arsip daerah yang dapat diakses masyarakat serta terhubung dengan jaringan informasi kearsipan nasional.',
    duplicates: ['SIKN-JIKN'],
    notDuplicates: ['SRIKANDI'],
  },
  {
    id: 'khazanah-arsip',
    name: 'Khazanah Arsip Daerah Online',
    description: 'Layanan penelusuran arsip statis hasil akuisisi lembaga kearsipan daerah.',
    functions: ['RAL.02.06.05'],
    dataEntities: ['RAD.10.02.03'],
    duplicates: ['SIKN-JIKN'],
    notDuplicates: ['JDIHN'],
  },

  // ── BSrE: sertifikat dan tanda tangan elektronik ────────────────────────────────────────
  {
    id: 'tte-pemkab',
    name: 'Aplikasi Tanda Tangan Digital Pemerintah Kabupaten Purwakarta',
    description:
      'Penerbitan sertifikat elektronik bagi pejabat dan layanan tanda tangan elektronik untuk dokumen PDF seperti izin dan sertifikat layanan publik, termasuk verifikasi keaslian dokumen.',
    duplicates: ['BSrE'],
    notDuplicates: ['SRIKANDI'],
  },
  {
    id: 'ra-sertifikat',
    name: 'Registration Authority Sertifikat Elektronik Diskominfo',
    description: 'Pengajuan, penerbitan dan pencabutan sertifikat elektronik bagi ASN pemerintah provinsi.',
    functions: ['RAB.09.04.05'],
    dataEntities: ['RAD.09.04.01'],
    duplicates: ['BSrE'],
    notDuplicates: ['SIASN'],
  },

  // ── Proposals that duplicate no national application ───────────────────────────────────
  {
    id: 'wisata-promosi',
    name: 'Portal Promosi Pariwisata Kabupaten Banyuwangi',
    description:
      'Informasi destinasi wisata, kalender event budaya, homestay dan kuliner khas, lengkap dengan peta dan galeri foto untuk wisatawan.',
    functions: ['RAB.02.11.01'],
    dataEntities: ['RAD.02.11.01'],
    duplicates: [],
    notDuplicates: ['OSS-RBA', 'Satu Data Indonesia'],
  },
  {
    id: 'harga-ikan-tpi',
    name: 'Info Harga Ikan TPI Kabupaten Cilacap',
    description:
      'Nelayan dan pedagang melihat harga lelang ikan harian di tempat pelelangan ikan serta jadwal kapal bersandar.',
    duplicates: [],
    notDuplicates: ['SIINas', 'e-Katalog'],
  },
  {
    id: 'opac-perpusda',
    name: 'Katalog Online Perpustakaan Daerah Provinsi Aceh',
    description:
      'Penelusuran koleksi buku perpustakaan daerah (OPAC), keanggotaan perpustakaan dan peminjaman buku secara mandiri.',
    functions: ['RAB.06.01.08'],
    dataEntities: ['RAD.06.01.05'],
    duplicates: [],
    notDuplicates: ['SIKN-JIKN', 'Dapodik', 'JDIHN'],
  },
  {
    id: 'stunting-dashboard',
    name: 'Dasbor Pemantauan Stunting Kabupaten Timor Tengah Selatan',
    description:
      'Pemantauan prevalensi stunting per desa dari hasil penimbangan posyandu, sasaran intervensi gizi dan capaian konvergensi percepatan penurunan stunting.',
    functions: ['RAB.04.01.09', 'RAB.04.01.10'],
    dataEntities: ['RAD.04.01.06'],
    duplicates: [],
    notDuplicates: ['SATUSEHAT', 'SIKS-NG'],
  },
  {
    id: 'presensi-pegawai',
    name: 'Presensi Online ASN Berbasis Lokasi',
    description:
      'Absensi pegawai melalui aplikasi ponsel dengan swafoto dan titik lokasi kantor, rekap keterlambatan dan ketidakhadiran per bulan.',
    functions: ['RAB.09.06.02'],
    dataEntities: ['RAD.09.06.04'],
    duplicates: [],
    notDuplicates: ['SIASN', 'e-Kinerja'],
  },
  {
    id: 'ppdb-online',
    name: 'PPDB Online Kota Yogyakarta',
    description:
      'Pendaftaran peserta didik baru jenjang SD dan SMP melalui jalur zonasi, afirmasi dan prestasi beserta pengumuman hasil seleksi.',
    duplicates: [],
    notDuplicates: ['Dapodik', 'SIASN'],
  },
  {
    id: 'wbs-inspektorat',
    name: 'Whistleblowing System Inspektorat Daerah',
    description:
      'Pelaporan dugaan pelanggaran dan korupsi oleh pegawai secara rahasia dengan perlindungan identitas pelapor.',
    functions: ['RAL.01.11.04'],
    duplicates: [],
    notDuplicates: ['SP4N-LAPOR!'],
  },
  {
    id: 'ppid-kab',
    name: 'e-PPID Kabupaten Magelang',
    description:
      'Layanan permohonan informasi publik dan keberatan sesuai UU Keterbukaan Informasi Publik, daftar informasi publik dan informasi berkala badan publik.',
    duplicates: [],
    notDuplicates: ['SP4N-LAPOR!', 'Satu Data Indonesia'],
  },
  {
    id: 'simrs-rsud',
    name: 'SIMRS RSUD Kabupaten Ciamis',
    description:
      'Sistem informasi manajemen rumah sakit untuk pendaftaran dan antrean pasien, billing, farmasi, rawat inap dan rawat jalan; data kunjungan dikirim ke SATUSEHAT.',
    duplicates: [],
    notDuplicates: ['SATUSEHAT', 'SIAK Terpusat'],
  },
  {
    id: 'izin-penelitian',
    name: 'Aplikasi Rekomendasi Izin Penelitian Kesbangpol',
    description:
      'Mahasiswa dan peneliti mengajukan surat rekomendasi penelitian secara daring dan memantau status penerbitannya.',
    functions: ['RAB.02.08.02', 'RAB.09.01.03'],
    duplicates: [],
    notDuplicates: ['OSS-RBA'],
  },
  {
    id: 'umkm-binaan',
    name: 'Sistem Informasi UMKM dan Koperasi Binaan',
    description:
      'Pendataan UMKM dan koperasi binaan dinas, pelatihan kewirausahaan dan fasilitasi pemasaran produk lokal.',
    functions: ['RAB.02.10.01', 'RAB.02.09.01'],
    dataEntities: ['RAD.02.10.01', 'RAD.02.09.01'],
    duplicates: [],
    notDuplicates: ['SIINas', 'OSS-RBA', 'e-Katalog'],
  },
  {
    id: 'pajak-daerah',
    name: 'e-BPHTB dan PBB-P2 Online Bapenda',
    description:
      'Pendaftaran, pelaporan dan pembayaran BPHTB serta pencetakan SPPT dan pembayaran PBB-P2 melalui bank persepsi.',
    functions: ['RAB.09.02.11', 'RAB.09.02.12'],
    dataEntities: ['RAD.09.02.06'],
    duplicates: [],
    notDuplicates: ['SIPD-RI', 'SAKTI', 'SIMAN'],
  },
  {
    id: 'command-center',
    name: 'Command Center Kota Makassar',
    description:
      'Pusat pemantauan CCTV lalu lintas, panggilan darurat 112 dan dasbor kondisi kota untuk pengambilan keputusan wali kota.',
    duplicates: [],
    notDuplicates: ['SP4N-LAPOR!', 'Satu Data Indonesia'],
  },
  {
    id: 'agenda-pimpinan',
    name: 'Aplikasi Agenda dan Jadwal Pimpinan Daerah',
    description:
      'Pengelolaan agenda kegiatan bupati dan wakil bupati, undangan rapat, notulensi dan dokumentasi rapat pimpinan.',
    functions: ['RAB.09.07.01', 'RAB.09.07.02'],
    dataEntities: ['RAD.10.02.09'],
    duplicates: [],
    notDuplicates: ['SRIKANDI'],
  },
  {
    id: 'pekerja-migran',
    name: 'Sistem Perlindungan Pekerja Migran Indonesia Kabupaten Indramayu',
    description:
      'Pendataan calon pekerja migran, pemantauan penempatan di luar negeri dan pendampingan kepulangan pekerja migran bermasalah.',
    duplicates: [],
    notDuplicates: ['SISNAKER', 'SIAK Terpusat'],
  },
  {
    id: 'eperda',
    name: 'e-Perda: Harmonisasi Rancangan Produk Hukum Daerah',
    description:
      'Pengajuan rancangan perda dan perbup oleh OPD, pembahasan dan harmonisasi oleh Bagian Hukum, hingga fasilitasi ke provinsi sebelum diundangkan.',
    functions: ['RAB.05.01.02'],
    duplicates: [],
    notDuplicates: ['JDIHN', 'SRIKANDI'],
  },
  {
    id: 'skm-online',
    name: 'Survei Kepuasan Masyarakat Online',
    description:
      'Pengguna layanan mengisi kuesioner kepuasan setelah dilayani di unit pelayanan; hasil indeks kepuasan direkap per unit dan per semester.',
    functions: ['RAL.02.08.06'],
    duplicates: [],
    notDuplicates: ['SP4N-LAPOR!', 'e-SAKIP'],
  },
  {
    id: 'lms-bpsdm',
    name: 'LMS Pelatihan ASN BPSDM Provinsi Sulawesi Selatan',
    description:
      'Pembelajaran daring untuk pelatihan dasar CPNS dan pelatihan kepemimpinan, dengan modul, kuis dan sertifikat kelulusan.',
    duplicates: [],
    notDuplicates: ['SIASN', 'SISNAKER', 'BSrE'],
  },
  {
    id: 'profil-desa',
    name: 'Sistem Informasi Profil dan Potensi Desa',
    description:
      'Setiap desa menampilkan profil, potensi ekonomi, lembaga kemasyarakatan dan berita kegiatan desa pada satu portal kabupaten.',
    functions: ['RAB.09.01.01'],
    dataEntities: ['RAD.09.01.01'],
    duplicates: [],
    notDuplicates: ['Siskeudes', 'SIAK Terpusat'],
  },
  {
    id: 'kebencanaan-bpbd',
    name: 'Sistem Informasi Kebencanaan BPBD',
    description:
      'Pelaporan kejadian bencana, kaji cepat kerusakan, data pengungsi dan distribusi logistik bantuan bencana.',
    functions: ['RAB.05.02.02'],
    dataEntities: ['RAD.05.02.01'],
    duplicates: [],
    notDuplicates: ['SP4N-LAPOR!', 'SIKS-NG'],
  },
  {
    id: 'audit-inspektorat',
    name: 'e-Audit Inspektorat Kabupaten Sragen',
    description:
      'Pengelolaan program kerja pengawasan tahunan, kertas kerja pemeriksaan dan pemantauan tindak lanjut hasil pemeriksaan APIP.',
    functions: ['RAL.02.08.01', 'RAL.02.08.02'],
    duplicates: [],
    notDuplicates: ['e-SAKIP', 'SP4N-LAPOR!'],
  },
];
