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

const FIRST_SET: LabelledProposal[] = [
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

/** A text-only proposal: name and description as typed, no picked functions. */
const t = (
  id: string,
  name: string,
  description: string,
  duplicates: string[],
  notDuplicates: string[] = [],
): LabelledProposal => ({ id, name, description, duplicates, notDuplicates });

/** A proposal whose author also picked catalogue functions. */
const f = (
  id: string,
  name: string,
  description: string,
  functions: string[],
  duplicates: string[],
  notDuplicates: string[] = [],
): LabelledProposal => ({ id, name, description, functions, duplicates, notDuplicates });

/**
 * The second set, written later in the style of real KAK paragraphs: mostly text-only, with
 * OPD abbreviations, regional jargon, typos and English, and many proposals that no national
 * service covers (labelled with no duplicates).
 */
const SECOND_SET: LabelledProposal[] = [
  // ── SRIKANDI ──────────────────────────────────────────────────────────────────────────────
  t(
    'sipersu-bone',
    'SIPERSU Kab. Bone',
    'Sistem informasi persuratan untuk mencatat surat masuk dan surat keluar di semua OPD, lengkap dengan lembar disposisi elektronik dan notifikasi WA ke pejabat yang didisposisi.',
    ['SRIKANDI'],
    ['SP4N-LAPOR!'],
  ),
  t(
    'e-disposisi-dinkes',
    'e-Disposisi Dinas Kesehatan',
    'Kepala dinas bisa mendisposisikan surat masuk ke kabid dan kasi lewat aplikasi android, staf TU cukup scan surat fisik lalu upload. Riwayat disposisi dapat dilacak.',
    ['SRIKANDI'],
  ),
  t(
    'surat-menyurat-kec',
    'Aplikasi Surat Menyurat Kecamatan',
    'Pengelolaan surat dinas di kantor kecamatan: agenda surat masuk, penomoran surat keluar otomatis sesuai kode klasifikasi, dan cetak buku agenda.',
    ['SRIKANDI'],
  ),
  t(
    'office-automation-en',
    'Office Automation System',
    'Paperless office for the provincial secretariat: incoming and outgoing official letters, memo routing and dispositions to heads of division, with digital archive of every letter.',
    ['SRIKANDI'],
  ),
  t(
    'sidinas-typo',
    'SI-DINAS (Sistem Informasi Naskah Dinas)',
    'aplikasi utk pembuatan naskah dinas sprti nota dinas, surat tugas, undangan dan surat edaran, dgn paraf berjenjang sblm ditandatangani kepala opd.',
    ['SRIKANDI'],
  ),
  t(
    'arsip-elektronik-bpkad',
    'E-Arsip BPKAD',
    'Alih media arsip keuangan ke bentuk digital, pemberkasan arsip aktif per unit pengolah, daftar arsip inaktif dan pengajuan pemusnahan arsip sesuai JRA.',
    ['SRIKANDI'],
    ['SIKN-JIKN'],
  ),
  t(
    'tnde-univ',
    'TNDE Universitas Negeri',
    'Tata naskah dinas elektronik di lingkungan rektorat dan fakultas: surat keputusan, surat tugas dosen, nota dinas antarunit, disposisi pimpinan dan pengarsipan otomatis.',
    ['SRIKANDI'],
  ),
  t(
    'mail-tracking',
    'Aplikasi Tracking Surat Masuk',
    'Memudahkan pemohon dan pegawai melacak posisi surat masuk: sudah diterima bagian umum, didisposisi ke bidang mana, dan sudah ditindaklanjuti atau belum.',
    ['SRIKANDI'],
    ['SP4N-LAPOR!'],
  ),
  f(
    'naskah-dinas-setwan',
    'e-Naskah Sekretariat DPRD',
    'Pengelolaan surat masuk dan keluar Sekretariat DPRD beserta disposisi pimpinan dewan.',
    ['RAL.02.06.01', 'RAL.02.06.02'],
    ['SRIKANDI'],
  ),
  f(
    'records-management',
    'Records Management Kementerian',
    'Pengelolaan arsip dinamis: klasifikasi, pemberkasan, jadwal retensi dan penyusutan arsip.',
    ['RAL.02.06.04', 'RAL.02.06.06', 'RAL.02.06.07'],
    ['SRIKANDI'],
    ['SIKN-JIKN'],
  ),
  t(
    'sikd-desa',
    'Surat Desa Online',
    'Aplikasi administrasi surat keluar masuk pemerintah desa, buku agenda surat, dan arsip surat desa yang bisa dicari kembali. Surat dari kecamatan diterima lewat aplikasi.',
    ['SRIKANDI'],
    ['Siskeudes'],
  ),
  t(
    'memo-internal',
    'e-Memo Biro Umum',
    'Nota dinas dan memo internal antarbiro dibuat di aplikasi, dikirim ke kotak masuk penerima dan dapat diteruskan (disposisi) dengan catatan pimpinan.',
    ['SRIKANDI'],
  ),
  // ── SIASN ─────────────────────────────────────────────────────────────────────────────────
  t(
    'simpeg-bkpsdm-sumenep',
    'SIMPEG BKPSDM Kab. Sumenep',
    'Database kepegawaian PNS dan PPPK: riwayat pangkat, jabatan, pendidikan, diklat dan keluarga. Dipakai untuk usul kenaikan pangkat dan mutasi pegawai.',
    ['SIASN'],
    ['e-Kinerja'],
  ),
  t(
    'sidapeg',
    'SIDAPEG - Sistem Data Pegawai',
    'Pemutakhiran data pegawai secara mandiri oleh ASN: update riwayat pendidikan, SK pangkat terakhir, data anak dan pasangan, upload dokumen DRH.',
    ['SIASN'],
  ),
  t(
    'kgb-online',
    'Layanan KGB dan Kenaikan Pangkat Online',
    'Usulan kenaikan gaji berkala dan kenaikan pangkat reguler/pilihan diajukan OPD secara online ke BKD, berkas persyaratan diverifikasi lalu SK diterbitkan.',
    ['SIASN'],
  ),
  t(
    'mutasi-asn',
    'e-Mutasi ASN Provinsi',
    'Pengajuan pindah tugas / mutasi ASN antar-OPD dan antar-daerah, pertimbangan teknis, serta pelantikan dan pengisian jabatan.',
    ['SIASN'],
  ),
  t(
    'pensiun-bup',
    'SIPENSIUN',
    'Pemberkasan usul pensiun BUP, pensiun janda/duda dan pensiun dini bagi PNS daerah, pengingat otomatis pegawai yang akan pensiun 1 tahun lagi.',
    ['SIASN'],
  ),
  t(
    'hris-kementerian-en',
    'HRIS Kementerian',
    'Human resource information system for civil servants: personnel master data, rank promotion, transfer, retirement and leave requests, integrated with the ministry payroll.',
    ['SIASN'],
  ),
  t(
    'formasi-casn',
    'Aplikasi Analisis Formasi dan Kebutuhan Pegawai',
    'Penyusunan anjab ABK dan usulan formasi CPNS/PPPK tiap tahun, perhitungan kebutuhan pegawai per jabatan dan per unit.',
    ['SIASN'],
  ),
  t(
    'seleksi-pppk',
    'Portal Seleksi PPPK Guru Daerah',
    'Pendaftaran, verifikasi berkas dan pengumuman hasil seleksi PPPK guru dan tenaga teknis di daerah.',
    ['SIASN'],
    ['Dapodik'],
  ),
  t(
    'ecuti-typo',
    'E-CUTI Pemkot',
    'pengajuan cuti tahunan, cuti sakit, cuti besar, dan cuti melahirkan pegawai secara online, persetujuan atasan langsung, sisa cuti otomatis terhitung',
    ['SIASN'],
  ),
  t(
    'layanan-kepeg-mandiri',
    'Layanan Kepegawaian Mandiri (LKM)',
    'ASN dapat mengajukan layanan kepegawaian sendiri seperti karis/karsu, taspen, ijin belajar dan pencantuman gelar tanpa datang ke BKPSDM.',
    ['SIASN'],
  ),
  f(
    'sim-asn-kab',
    'SIMASN Kabupaten',
    'Sistem informasi manajemen ASN daerah.',
    ['RAB.09.06.01', 'RAB.09.06.04', 'RAB.09.06.05'],
    ['SIASN'],
  ),
  f(
    'epeg-polres',
    'e-Pegawai Satker',
    'Data induk pegawai dan usul kenaikan pangkat.',
    ['RAB.09.06.01', 'RAB.09.06.04'],
    ['SIASN'],
  ),
  t(
    'sidak-asn',
    'SI-DUK ASN (Data Utama Kepegawaian)',
    'Menyediakan data utama kepegawaian yang valid (NIP, golongan, TMT, jabatan) untuk perencanaan SDM aparatur, naik pangkat dan pensiun.',
    ['SIASN'],
  ),
  // ── e-Kinerja ─────────────────────────────────────────────────────────────────────────────
  t(
    'e-skp-pemprov',
    'e-SKP Pemprov Kalbar',
    'Penyusunan SKP pegawai, rencana hasil kerja, realisasi bulanan dan penilaian perilaku kerja oleh atasan sesuai PermenPANRB 6/2022.',
    ['e-Kinerja'],
    ['e-SAKIP'],
  ),
  t(
    'kinerja-harian-asn',
    'Aplikasi Laporan Kinerja Harian ASN',
    'Setiap pegawai mengisi aktivitas harian dan target kinerja, atasan memvalidasi, hasilnya menjadi nilai capaian kinerja pegawai per bulan.',
    ['e-Kinerja'],
    ['e-SAKIP'],
  ),
  t(
    'penilaian-prestasi',
    'Sistem Penilaian Prestasi Kerja Pegawai',
    'Penilaian kinerja pegawai per semester oleh pejabat penilai, ekspektasi pimpinan, umpan balik berkelanjutan dan predikat kinerja pegawai.',
    ['e-Kinerja'],
  ),
  t(
    'employee-performance-en',
    'Employee Performance Management',
    'Staff set their individual performance targets aligned to unit goals, record monthly achievements, and supervisors appraise them at the end of the year.',
    ['e-Kinerja'],
  ),
  f(
    'skp-online-kota',
    'SKP Online Kota',
    'Sasaran kinerja pegawai dan penilaian atasan.',
    ['RAB.09.06.07'],
    ['e-Kinerja'],
  ),
  t(
    'cascading-kinerja-pegawai',
    'Aplikasi Cascading Kinerja',
    'Penjabaran sasaran strategis kepala daerah ke sasaran kinerja eselon III, IV sampai pelaksana (cascading), dipakai sebagai dasar SKP pegawai.',
    ['e-Kinerja', 'e-SAKIP'],
  ),
  // ── SPSE / SIRUP / e-Katalog ──────────────────────────────────────────────────────────────
  t(
    'e-proc-kab',
    'e-Procurement Kab. Tapin',
    'Aplikasi lelang pengadaan barang dan jasa secara elektronik untuk UKPBJ: pengumuman tender, upload dokumen penawaran, evaluasi oleh pokja pemilihan dan penetapan pemenang.',
    ['SPSE'],
    ['SIRUP'],
  ),
  t(
    'lelang-online-typo',
    'Aplikasi Lelang Online Pemda',
    'pelelangan pekerjaan konstruksi dan pengadaan brg/jasa secara daring, penyedia bisa daftar dan ikut tender tanpa datang ke ULP.',
    ['SPSE'],
  ),
  t(
    'sikap-penyedia',
    'Sistem Informasi Kinerja Penyedia',
    'Database penyedia barang/jasa, kualifikasi, pengalaman pekerjaan dan penilaian kinerja penyedia setelah kontrak selesai untuk dipakai pokja pada tender berikutnya.',
    ['SPSE'],
  ),
  t(
    'kontrak-pbj',
    'e-Kontrak PBJ',
    'Penyusunan SPK dan surat perjanjian, adendum, serah terima pekerjaan serta monitoring progres fisik kontrak pengadaan di setiap OPD.',
    ['SPSE'],
  ),
  t(
    'e-tendering-en',
    'E-Tendering Portal',
    'Government e-tendering for goods, works and consultancy services: bid submission, electronic evaluation, winner announcement and objection (sanggah) handling.',
    ['SPSE'],
  ),
  t(
    'monev-pbj',
    'Dashboard Monitoring Pengadaan',
    'Pemantauan realisasi pengadaan barang/jasa: jumlah paket tender, nilai kontrak, efisiensi HPS dan laporan bulanan Bagian PBJ ke pimpinan.',
    ['SPSE', 'SIRUP'],
  ),
  f(
    'lpse-mandiri',
    'LPSE Mandiri Kementerian',
    'Layanan pengadaan secara elektronik.',
    ['RAL.02.06.10', 'RAL.02.06.14'],
    ['SPSE'],
  ),
  t(
    'rup-online-opd',
    'Aplikasi Penyusunan RUP OPD',
    'Input rencana umum pengadaan oleh PA/KPA setiap OPD, pemaketan pekerjaan, jadwal dan metode pemilihan sebelum diumumkan.',
    ['SIRUP'],
    ['SPSE'],
  ),
  t(
    'perencanaan-pengadaan',
    'Sistem Perencanaan Pengadaan Barang/Jasa',
    'Identifikasi kebutuhan barang, penetapan paket dan pengumuman rencana pengadaan tahunan agar penyedia mengetahui paket yang akan dilelang.',
    ['SIRUP'],
  ),
  t(
    'procurement-plan-en',
    'Annual Procurement Plan App',
    'Units publish their annual procurement plan (packages, budget ceiling, method, schedule) before vendor selection starts.',
    ['SIRUP'],
  ),
  f('rup-satker', 'RUP Satker', 'Rencana umum pengadaan satuan kerja.', ['RAL.02.06.09'], ['SIRUP']),
  t(
    'e-purchasing-lokal',
    'Katalog Lokal Pemprov Jatim',
    'Katalog elektronik produk UMKM lokal sehingga OPD bisa belanja langsung (e-purchasing) barang yang sudah tayang tanpa tender.',
    ['e-Katalog'],
    ['SPSE'],
  ),
  t(
    'toko-online-pbj',
    'Toko Daring Belanja Pemerintah',
    'Marketplace untuk pengadaan langsung bernilai kecil oleh pejabat pengadaan: pilih produk, pesan, bayar dengan kartu kredit pemerintah.',
    ['e-Katalog'],
  ),
  t(
    'ecatalogue-en',
    'Sectoral E-Catalogue',
    'Electronic catalogue of medicines and medical devices with fixed prices so hospitals can purchase directly through e-purchasing.',
    ['e-Katalog'],
  ),
  t(
    'bela-pengadaan',
    'Aplikasi Belanja Langsung UMK',
    'pengadaan langsung ke pelaku usaha mikro kecil, produk ditayangkan dan OPD memesan lewat toko online, pembayaran non tunai.',
    ['e-Katalog'],
  ),
  // ── SP4N-LAPOR! ───────────────────────────────────────────────────────────────────────────
  t(
    'halo-bupati',
    'Halo Bupati',
    'Warga menyampaikan keluhan jalan rusak, lampu PJU mati, sampah dan pelayanan publik lewat aplikasi, laporan diteruskan ke OPD terkait dan statusnya bisa dipantau pelapor.',
    ['SP4N-LAPOR!'],
  ),
  t(
    'aduan-warga-kota',
    'Aduan Warga Kota Semarang',
    'Kanal pengaduan masyarakat terintegrasi dari WhatsApp, media sosial, SMS dan website, dengan disposisi ke perangkat daerah dan batas waktu tindak lanjut.',
    ['SP4N-LAPOR!'],
  ),
  t(
    'public-complaint-en',
    'Citizen Complaint Handling System',
    'Citizens submit complaints about public services; each complaint is routed to the responsible agency, escalated if not answered in 5 days, and closed with the citizen rating.',
    ['SP4N-LAPOR!'],
  ),
  t(
    'saran-pengaduan-rs',
    'Kotak Saran dan Pengaduan Online RSUD',
    'Pasien dan keluarga menyampaikan saran, keluhan dan pengaduan pelayanan rumah sakit; humas menindaklanjuti dan menjawab setiap laporan.',
    ['SP4N-LAPOR!'],
    ['SATUSEHAT'],
  ),
  t(
    'lapor-gub',
    'LAPOR GUB',
    'aplikasi pengaduan & aspirasi masyarakat provinsi, integrasi ke SP4N, rekap kinerja OPD dalam menindaklanjuti aduan.',
    ['SP4N-LAPOR!'],
  ),
  f(
    'pengaduan-kemen',
    'Sistem Pengaduan Kementerian',
    'Pengelolaan pengaduan masyarakat dan tindak lanjutnya.',
    ['RAL.01.11.01', 'RAL.01.11.03'],
    ['SP4N-LAPOR!'],
  ),
  t(
    'aspirasi-online',
    'e-Aspirasi',
    'Menampung aspirasi, usul dan keluhan masyarakat terhadap pelayanan pemerintah kota serta memantau penanganannya sampai selesai.',
    ['SP4N-LAPOR!'],
  ),
  t(
    'call-center-pengaduan',
    'Call Center 112 dan Pengaduan Terpadu',
    'Pencatatan laporan warga dari telepon dan aplikasi, termasuk pengaduan layanan publik yang diteruskan ke OPD, serta dasbor penyelesaian aduan.',
    ['SP4N-LAPOR!'],
  ),
  // ── SIPD-RI ───────────────────────────────────────────────────────────────────────────────
  t(
    'e-planning-kab',
    'e-Planning Bappeda Kab. Lombok Timur',
    'Penyusunan RKPD, renja perangkat daerah, input usulan musrenbang desa dan kecamatan serta pokok-pokok pikiran DPRD dalam satu aplikasi perencanaan.',
    ['SIPD-RI'],
  ),
  t(
    'sipkd-lama',
    'SIPKD Kota',
    'Sistem informasi pengelolaan keuangan daerah: penyusunan RKA-SKPD, DPA, SPP, SPM, SP2D dan laporan keuangan pemda.',
    ['SIPD-RI'],
    ['SAKTI'],
  ),
  t(
    'e-budgeting-typo',
    'E-Budgeting Pemprov',
    'penyusunan apbd dan apbd perubahan berbasis aplikasi, standar harga satuan (SSH), ASB dan pagu indikatif opd terkunci sesuai kebijakan TAPD',
    ['SIPD-RI'],
  ),
  t(
    'musrenbang-online',
    'Musrenbang Online Kelurahan',
    'Warga dan LPM mengusulkan kegiatan pembangunan kelurahan, usulan dibahas berjenjang di musrenbang kecamatan dan kota, prioritas masuk ke RKPD.',
    ['SIPD-RI'],
  ),
  t(
    'e-pokir',
    'Sistem Pokir DPRD',
    'Anggota DPRD menginput pokok pikiran hasil reses, diverifikasi Bappeda dan diselaraskan dengan program perangkat daerah dalam KUA-PPAS.',
    ['SIPD-RI'],
  ),
  t(
    'renstra-opd',
    'Aplikasi Renstra dan Renja OPD',
    'Penyusunan rencana strategis lima tahunan dan rencana kerja tahunan perangkat daerah, keterkaitan program kegiatan sub kegiatan dengan RPJMD.',
    ['SIPD-RI'],
    ['e-SAKIP'],
  ),
  t(
    'regional-budget-en',
    'Regional Budgeting and Treasury System',
    'Integrated regional financial management: budget preparation (RKA, APBD), budget revision, payment orders (SPM/SP2D), treasury and local government accounting.',
    ['SIPD-RI'],
  ),
  t(
    'penatausahaan-spj',
    'e-SPJ dan Penatausahaan Bendahara',
    'Bendahara pengeluaran OPD membuat SPP UP/GU/LS, SPJ fungsional dan buku kas umum, diverifikasi PPK-SKPD lalu diterbitkan SP2D oleh BUD.',
    ['SIPD-RI'],
  ),
  f(
    'akuntansi-pemda',
    'Akuntansi Pemda',
    'Laporan keuangan pemerintah daerah berbasis akrual.',
    ['RAB.09.02.08', 'RAB.09.02.06'],
    ['SIPD-RI'],
    ['SAKTI'],
  ),
  f(
    'rkpd-kab',
    'Aplikasi RKPD',
    'Perencanaan tahunan daerah.',
    ['RAB.09.05.01', 'RAB.09.05.04'],
    ['SIPD-RI'],
  ),
  t(
    'ssh-asb',
    'Sistem Standar Harga Satuan',
    'Penyusunan dan pemutakhiran standar satuan harga (SSH), harga satuan pokok kegiatan dan analisis standar belanja sebagai acuan penyusunan anggaran OPD.',
    ['SIPD-RI'],
  ),
  // ── SAKTI ─────────────────────────────────────────────────────────────────────────────────
  t(
    'keuangan-satker-bpn',
    'Aplikasi Keuangan Satker Kantor Pertanahan',
    'Pencatatan pelaksanaan anggaran DIPA satker: komitmen, SPP-SPM, pembayaran, persediaan dan penyusunan laporan keuangan semesteran ke kementerian.',
    ['SAKTI'],
    ['SIPD-RI'],
  ),
  t(
    'dipa-revisi',
    'Sistem Revisi DIPA dan POK',
    'Penyusunan RKA-K/L, revisi anggaran, petunjuk operasional kegiatan (POK) dan pemantauan realisasi DIPA satuan kerja instansi vertikal.',
    ['SAKTI'],
  ),
  t(
    'central-finance-en',
    'Satker Financial Application',
    'Budget execution for central government work units: commitment recording, payment requests to KPPN, accounting, inventory and fixed assets reporting.',
    ['SAKTI'],
    ['SIMAN'],
  ),
  t(
    'bendahara-satker',
    'Aplikasi Bendahara Satker',
    'Bendahara pengeluaran satker kementerian mengelola uang persediaan, BKU, LPJ bendahara dan rekonsiliasi dengan KPPN.',
    ['SAKTI'],
  ),
  f(
    'sakti-lokal',
    'Aplikasi Pelaksanaan Anggaran Balai',
    'Pelaksanaan APBN balai.',
    ['RAB.09.02.07', 'RAB.09.02.09'],
    ['SAKTI'],
  ),
  // ── e-SAKIP ───────────────────────────────────────────────────────────────────────────────
  t(
    'sakip-online-kab',
    'SAKIP Online Kab. Bantaeng',
    'Penyusunan perjanjian kinerja kepala OPD, pengukuran capaian indikator kinerja utama tiap triwulan, dan LKjIP tahunan perangkat daerah.',
    ['e-SAKIP'],
    ['e-Kinerja'],
  ),
  t(
    'lkjip',
    'Aplikasi Penyusunan LKjIP',
    'Membantu OPD menyusun laporan kinerja instansi pemerintah (LKjIP) dengan data capaian IKU, analisis efisiensi dan realisasi anggaran.',
    ['e-SAKIP'],
  ),
  t(
    'evaluasi-sakip-inspektorat',
    'e-Evaluasi SAKIP',
    'Inspektorat melakukan evaluasi implementasi SAKIP perangkat daerah, lembar kerja evaluasi, nilai dan rekomendasi perbaikan.',
    ['e-SAKIP'],
  ),
  t(
    'performance-accountability-en',
    'Performance Accountability System',
    'Agency performance agreements, key performance indicators, quarterly measurement and the annual performance accountability report.',
    ['e-SAKIP'],
  ),
  t(
    'iku-dashboard',
    'Dashboard IKU Pemkot',
    'monitoring capaian indikator kinerja utama (IKU) dan indikator kinerja daerah per triwulan utk bahan evaluasi walikota atas perjanjian kinerja.',
    ['e-SAKIP'],
  ),
  f(
    'pk-online',
    'Perjanjian Kinerja Online',
    'Perjanjian kinerja dan pengukuran kinerja.',
    ['RAL.02.07.01', 'RAL.02.07.06'],
    ['e-SAKIP'],
  ),
  // ── JDIHN ─────────────────────────────────────────────────────────────────────────────────
  t(
    'jdih-prov',
    'JDIH Provinsi Maluku',
    'Website jaringan dokumentasi dan informasi hukum: perda, pergub, keputusan gubernur, naskah akademik dan putusan, dapat diunduh masyarakat dan terhubung ke portal nasional.',
    ['JDIHN'],
  ),
  t(
    'database-peraturan',
    'Database Peraturan Daerah',
    'Kumpulan produk hukum daerah (perda, perbup, SK bupati) yang sudah diundangkan, dengan pencarian berdasarkan nomor, tahun dan kata kunci.',
    ['JDIHN'],
  ),
  t(
    'legal-docs-en',
    'Legal Documentation Portal',
    'Public repository of regulations and legal documents issued by the ministry, with abstracts, status (berlaku / dicabut) and full-text PDF.',
    ['JDIHN'],
  ),
  t(
    'jdih-desa',
    'Sistem Informasi Produk Hukum Desa',
    'Pendokumentasian peraturan desa dan peraturan kepala desa se-kabupaten agar mudah diakses dan dipublikasikan.',
    ['JDIHN'],
    ['Siskeudes'],
  ),
  f('jdih-kemen', 'JDIH Kementerian', 'Dokumentasi peraturan.', ['RAB.05.01.01'], ['JDIHN']),
  // ── Satu Data Indonesia ───────────────────────────────────────────────────────────────────
  t(
    'satu-data-kab',
    'Portal Satu Data Kabupaten Sleman',
    'Portal data terbuka tempat OPD produsen data mengunggah dataset beserta metadata, walidata memeriksa, dan masyarakat dapat mengunduh dalam format CSV.',
    ['Satu Data Indonesia'],
  ),
  t(
    'open-data-en',
    'Open Data Portal',
    'City open data portal: searchable dataset catalogue with metadata, downloadable CSV/JSON and an API for developers, following Satu Data principles.',
    ['Satu Data Indonesia'],
  ),
  t(
    'katalog-data-opd',
    'Katalog Data Sektoral',
    'Daftar data dan metadata statistik sektoral setiap perangkat daerah sesuai prinsip Satu Data, dengan publikasi dataset terbuka.',
    ['Satu Data Indonesia'],
  ),
  t(
    'sdi-desa-typo',
    'Satu Data Prov',
    'portal satudata provinsi utk publikasi dataset dari OPD, metadata kegiatan statistik, dan visualisasi data terbuka bagi masyarakat',
    ['Satu Data Indonesia'],
  ),
  f(
    'data-terbuka-kemen',
    'Portal Data Kementerian',
    'Publikasi data terbuka.',
    ['RAB.09.03.01', 'RAB.09.03.03'],
    ['Satu Data Indonesia'],
  ),
  // ── SIMAN ─────────────────────────────────────────────────────────────────────────────────
  t(
    'simbada',
    'SIMBADA Kabupaten',
    'Sistem informasi manajemen barang milik daerah: inventarisasi aset KIB A sampai F, mutasi barang, penghapusan dan laporan barang semesteran.',
    ['SIMAN'],
    ['SAKTI'],
  ),
  t(
    'aset-daerah',
    'e-Aset Pemkot',
    'Penatausahaan BMD mulai dari pengadaan, pencatatan, pemanfaatan (sewa, pinjam pakai), penilaian sampai penghapusan aset; rekonsiliasi dengan akuntansi.',
    ['SIMAN'],
  ),
  t(
    'asset-management-en',
    'State Asset Management System',
    'Inventory of state-owned assets (land, buildings, vehicles, equipment), usage approvals, leasing, valuation and disposal.',
    ['SIMAN'],
  ),
  t(
    'kendaraan-dinas-aset',
    'Sistem Inventaris Barang Milik Negara Satker',
    'inventarisasi BMN satker termasuk kendaraan dinas dan peralatan kantor, label barcode, stock opname tahunan dan usulan penghapusan.',
    ['SIMAN'],
  ),
  f('sim-aset', 'SIM Aset', 'Pengelolaan barang milik daerah.', ['RAB.09.02.14'], ['SIMAN']),
  // ── SATUSEHAT ─────────────────────────────────────────────────────────────────────────────
  t(
    'rme-puskesmas',
    'RME Puskesmas Kab. Sikka',
    'Rekam medis elektronik untuk puskesmas dan pustu: anamnesa, diagnosa ICD-10, tindakan dan resep pasien tersimpan digital dan dapat dibuka ulang saat kunjungan berikutnya.',
    ['SATUSEHAT'],
  ),
  t(
    'integrasi-fhir',
    'Bridging Data Kesehatan Daerah',
    'Pertukaran data kunjungan, diagnosis dan observasi pasien antarfasilitas kesehatan di kabupaten dengan standar HL7 FHIR.',
    ['SATUSEHAT'],
  ),
  t(
    'health-record-en',
    'Electronic Medical Record for Clinics',
    'Clinics record patient encounters, diagnoses and prescriptions electronically and share patient history with other health facilities.',
    ['SATUSEHAT'],
  ),
  t(
    'registrasi-nakes',
    'Sistem Registrasi Tenaga Kesehatan',
    'Pendataan dan registrasi tenaga kesehatan serta fasilitas pelayanan kesehatan (klinik, praktik mandiri) di wilayah dinas kesehatan.',
    ['SATUSEHAT'],
  ),
  t(
    'rekam-medis-typo',
    'e-Rekam Medis Klinik Pratama',
    'rekam medik elektronik utk klinik pratama milik pemda, riwayat pasien, resume medis dan data pemeriksaan',
    ['SATUSEHAT'],
  ),
  f('rme-rsud', 'RME RSUD', 'Rekam medis elektronik rumah sakit.', ['RAB.04.01.01'], ['SATUSEHAT']),
  // ── SIAK Terpusat ─────────────────────────────────────────────────────────────────────────
  t(
    'akta-kelahiran-online',
    'Layanan Akta Kelahiran dan Kematian Online',
    'Warga mengajukan penerbitan akta kelahiran dan akta kematian dari rumah, petugas Disdukcapil memverifikasi dan mencetak akta.',
    ['SIAK Terpusat'],
  ),
  t(
    'kk-ktp-online',
    'Pelayanan KK dan KTP-el Online',
    'Pengajuan perubahan kartu keluarga, pindah datang penduduk dan pencetakan KTP elektronik melalui aplikasi dengan NIK.',
    ['SIAK Terpusat'],
  ),
  t(
    'data-kependudukan-kab',
    'Sistem Informasi Data Kependudukan',
    'Database penduduk kabupaten berbasis NIK dan KK untuk pendaftaran penduduk, pencatatan sipil dan data agregat penduduk per desa.',
    ['SIAK Terpusat'],
    ['SIKS-NG'],
  ),
  t(
    'civil-registry-en',
    'Civil Registration Service',
    'Birth, death, marriage and divorce certificates for residents, with NIK-based population records.',
    ['SIAK Terpusat'],
  ),
  t(
    'verifikasi-nik-bank',
    'Aplikasi Cek NIK untuk OPD',
    'Validasi NIK dan nama pemohon layanan terhadap data kependudukan sebelum layanan OPD diberikan.',
    ['SIAK Terpusat'],
  ),
  t(
    'adminduk-typo',
    'Si-Dukcapil Desa',
    'pelayanan adminduk di desa: surat pengantar pindah, pencatatan kelahiran & kematian warga, rekap jumlah penduduk desa',
    ['SIAK Terpusat'],
  ),
  f(
    'pencatatan-sipil',
    'Aplikasi Pencatatan Sipil',
    'Akta kelahiran, kematian dan perkawinan.',
    ['RAB.03.07.02'],
    ['SIAK Terpusat'],
  ),
  // ── OSS-RBA ───────────────────────────────────────────────────────────────────────────────
  t(
    'sicantik-izin-usaha',
    'Perizinan Berusaha Online DPMPTSP',
    'Permohonan izin usaha, NIB dan sertifikat standar bagi pelaku usaha di kabupaten, tracking status izin dan penerbitan izin elektronik.',
    ['OSS-RBA'],
  ),
  t(
    'business-licensing-en',
    'Business Licensing Portal',
    'Risk-based business licensing for investors: business identification number (NIB), permits and compliance supervision.',
    ['OSS-RBA'],
  ),
  t(
    'lkpm-online',
    'Pelaporan LKPM Penanaman Modal',
    'Pelaku usaha menyampaikan laporan kegiatan penanaman modal per triwulan, DPMPTSP memverifikasi dan merekap realisasi investasi.',
    ['OSS-RBA'],
  ),
  t(
    'pengawasan-izin',
    'Sistem Pengawasan Perizinan Berusaha',
    'Pengawasan kepatuhan pelaku usaha terhadap perizinan berusaha berbasis risiko: inspeksi lapangan dan berita acara pemeriksaan.',
    ['OSS-RBA'],
  ),
  t(
    'izin-umk-typo',
    'Aplikasi NIB UMK',
    'pendampingan pelaku UMK utk memperoleh NIB & izin usaha mikro, data usaha yg sudah berizin',
    ['OSS-RBA'],
  ),
  f('perizinan-usaha', 'e-Perizinan Usaha', 'Perizinan berusaha.', ['RAB.02.08.01'], ['OSS-RBA']),
  // ── Dapodik ───────────────────────────────────────────────────────────────────────────────
  t(
    'data-sekolah-kab',
    'Sistem Informasi Data Sekolah',
    'Pendataan sekolah SD dan SMP se-kabupaten: data siswa, guru, tenaga kependidikan, rombel dan sarana prasarana, diisi operator sekolah.',
    ['Dapodik'],
  ),
  t(
    'school-data-en',
    'School Data System',
    'Schools enter their students, teachers, classes and facilities so the education office has one database of all schools.',
    ['Dapodik'],
  ),
  t(
    'data-guru',
    'Aplikasi Data Pendidik dan Tenaga Kependidikan',
    'Pendataan guru dan tendik: NUPTK, riwayat mengajar, beban jam mengajar per sekolah untuk perencanaan kebutuhan guru.',
    ['Dapodik'],
    ['SIASN'],
  ),
  t(
    'dapodik-paud',
    'Pendataan PAUD dan PKBM',
    'pendataan lembaga PAUD, PKBM dan SKB beserta peserta didik dan pendidiknya oleh operator lembaga',
    ['Dapodik'],
  ),
  f(
    'data-pokok-pend',
    'Data Pokok Pendidikan Daerah',
    'Data sekolah dan siswa.',
    ['RAB.06.01.01'],
    ['Dapodik'],
  ),
  // ── Siskeudes ─────────────────────────────────────────────────────────────────────────────
  t(
    'keuangan-desa-online',
    'Aplikasi Keuangan Desa Online',
    'Pemerintah desa menyusun APBDes, penatausahaan kas desa oleh kaur keuangan, SPP desa dan laporan realisasi pelaksanaan APBDes ke kecamatan.',
    ['Siskeudes'],
  ),
  t(
    'village-finance-en',
    'Village Finance System',
    'Village budget planning, budgeting, administration and accountability reporting of village funds (APBDes).',
    ['Siskeudes'],
  ),
  t(
    'dana-desa-lpj',
    'Sistem Pertanggungjawaban Dana Desa',
    'penyusunan LPJ penggunaan dana desa dan ADD, buku kas umum desa, pajak desa dan laporan realisasi APBDes per semester',
    ['Siskeudes'],
  ),
  t(
    'apbdes-transparan',
    'e-APBDes',
    'Perencanaan, penganggaran dan penatausahaan keuangan desa, serta publikasi APBDes di baliho digital.',
    ['Siskeudes'],
  ),
  f('keuangan-desa-kab', 'Sistem Keuangan Desa Kabupaten', 'Keuangan desa.', ['RAB.09.02.15'], ['Siskeudes']),
  // ── SIKS-NG ───────────────────────────────────────────────────────────────────────────────
  t(
    'dtks-kab',
    'Aplikasi Pengelolaan DTKS Kab. Brebes',
    'Usulan warga miskin baru dari desa, verifikasi dan validasi data terpadu kesejahteraan sosial oleh dinas sosial, lalu pemutakhiran data penerima bansos.',
    ['SIKS-NG'],
  ),
  t(
    'bansos-data',
    'Basis Data Penerima Bansos',
    'Database keluarga penerima manfaat PKH, BPNT dan bantuan daerah, verifikasi kelayakan penerima dan pemutakhiran data fakir miskin.',
    ['SIKS-NG'],
  ),
  t(
    'social-registry-en',
    'Social Welfare Registry',
    'Registry of poor households for social assistance: proposals from villages, verification and validation, periodic updates.',
    ['SIKS-NG'],
  ),
  t(
    'verval-typo',
    'SI-VERVAL DTKS',
    'verval data fakir miskin dan orang tdk mampu, usulan dr desa/kelurahan, musdes, hasil verval dikirim ke kemensos',
    ['SIKS-NG'],
  ),
  t(
    'pendataan-ppks',
    'Sistem Informasi Kesejahteraan Sosial Daerah',
    'Pendataan penerima bantuan sosial dan pemutakhiran data terpadu kesejahteraan sosial di tingkat kabupaten.',
    ['SIKS-NG'],
  ),
  f(
    'dtks-prov',
    'DTKS Provinsi',
    'Data terpadu kesejahteraan sosial.',
    ['RAB.04.02.01', 'RAB.04.02.03'],
    ['SIKS-NG'],
  ),
  // ── SISNAKER ──────────────────────────────────────────────────────────────────────────────
  t(
    'job-fair-online',
    'Bursa Kerja Online Disnaker',
    'Pencari kerja membuat profil dan kartu AK/1, perusahaan memasang lowongan kerja, disnaker mempertemukan pencaker dan perusahaan.',
    ['SISNAKER'],
  ),
  t(
    'job-portal-en',
    'Regional Job Portal',
    'Job seekers register, employers post vacancies and the manpower office matches them; also training registration.',
    ['SISNAKER'],
  ),
  t(
    'pelatihan-blk',
    'Sistem Pendaftaran Pelatihan BLK',
    'Pendaftaran pelatihan kerja berbasis kompetensi di balai latihan kerja, seleksi peserta dan sertifikasi lulusan.',
    ['SISNAKER'],
  ),
  t(
    'wlkp-daerah',
    'Wajib Lapor Ketenagakerjaan Perusahaan',
    'perusahaan melaporkan data ketenagakerjaan (jumlah pekerja, upah) setiap tahun ke disnaker kab/kota',
    ['SISNAKER'],
  ),
  t(
    'phi-online',
    'Layanan Perselisihan Hubungan Industrial',
    'Pencatatan perjanjian kerja bersama, peraturan perusahaan dan mediasi perselisihan hubungan industrial.',
    ['SISNAKER'],
  ),
  // ── SIINas ────────────────────────────────────────────────────────────────────────────────
  t(
    'data-industri-kab',
    'Sistem Informasi Industri Daerah',
    'Pendataan perusahaan industri kecil menengah dan besar, kapasitas produksi, tenaga kerja dan bahan baku per kecamatan.',
    ['SIINas'],
  ),
  t(
    'industry-data-en',
    'Industrial Data System',
    'Registry of manufacturing companies and industrial estates with production capacity and annual production reports.',
    ['SIINas'],
  ),
  t(
    'kawasan-industri',
    'Monitoring Kawasan Industri',
    'Pendataan kawasan industri dan tenant, laporan produksi berkala perusahaan industri kepada Disperindag.',
    ['SIINas'],
  ),
  t(
    'ikm-typo',
    'SI-IKM',
    'database industri kecil menengah (IKM) binaan disperindag, produk, kapasitas dan omzet',
    ['SIINas'],
  ),
  // ── SIKN-JIKN ─────────────────────────────────────────────────────────────────────────────
  t(
    'arsip-statis-daerah',
    'Sistem Informasi Arsip Statis Daerah',
    'Layanan penelusuran arsip statis yang disimpan lembaga kearsipan daerah, daftar arsip statis dan khazanah foto sejarah untuk masyarakat dan peneliti.',
    ['SIKN-JIKN'],
    ['SRIKANDI'],
  ),
  t(
    'archive-heritage-en',
    'Historical Archives Portal',
    'Public access to the provincial static (historical) archives: finding aids, digitised photos and documents.',
    ['SIKN-JIKN'],
  ),
  t(
    'akuisisi-arsip',
    'Aplikasi Akuisisi dan Layanan Arsip Statis',
    'pencatatan akuisisi arsip statis dari OPD ke Dinas Kearsipan, pengolahan dan layanan arsip statis bagi pengguna.',
    ['SIKN-JIKN'],
  ),
  // ── BSrE ──────────────────────────────────────────────────────────────────────────────────
  t(
    'sertifikat-elektronik-pemda',
    'Layanan Sertifikat Elektronik Pemprov',
    'Pendaftaran dan penerbitan sertifikat elektronik untuk pejabat dan ASN agar bisa melakukan tanda tangan elektronik tersertifikasi.',
    ['BSrE'],
  ),
  t(
    'digital-signature-en',
    'Digital Signature Service',
    'Issuing electronic certificates to officials and signing PDF documents with certified digital signatures, with signature verification.',
    ['BSrE'],
  ),
  t(
    'tte-dokumen',
    'e-Sign Dokumen Dinas',
    'tanda tangan elektronik tersertifikasi utk dokumen dinas, verifikasi keaslian dokumen via QR code, pengelolaan passphrase pejabat',
    ['BSrE'],
  ),
  // ── No national service covers these ──────────────────────────────────────────────────────
  t(
    'promosi-wisata-labuan',
    'Labuan Bajo Tourism Guide',
    'Aplikasi promosi destinasi wisata, kalender event budaya, paket tur, homestay dan kuliner lokal untuk wisatawan domestik dan mancanegara.',
    [],
  ),
  t(
    'e-tiket-museum',
    'e-Tiket Museum Daerah',
    'Pembelian tiket masuk museum dan taman budaya secara online, QR code di pintu masuk, dan laporan jumlah pengunjung harian.',
    [],
  ),
  t(
    'registrasi-kapal-ikan',
    'Sistem Pendaftaran Kapal Perikanan',
    'Pendaftaran kapal perikanan di bawah 30 GT milik nelayan, pas kecil, tanda daftar kapal dan rekap armada per pelabuhan perikanan.',
    [],
  ),
  t(
    'perpustakaan-digital',
    'Perpustakaan Digital Daerah (iPusda)',
    'Katalog koleksi buku perpustakaan daerah, peminjaman buku, keanggotaan perpustakaan dan e-book yang bisa dibaca di HP.',
    [],
  ),
  t(
    'e-parkir',
    'e-Parkir Kota Bandung',
    'Pembayaran parkir tepi jalan umum non tunai dengan QRIS, juru parkir resmi terdata dan setoran retribusi parkir harian terekam.',
    [],
  ),
  t(
    'retribusi-pasar',
    'Sistem Retribusi Pasar',
    'penagihan retribusi pasar harian/bulanan kepada pedagang kios dan los, karcis elektronik, setoran petugas pasar ke kas daerah',
    [],
  ),
  t(
    'booking-ruang-rapat',
    'Aplikasi Peminjaman Ruang Rapat',
    'Pegawai memesan ruang rapat, aula dan kendaraan operasional kantor secara online, melihat jadwal pemakaian agar tidak bentrok.',
    [],
  ),
  t(
    'absensi-face',
    'Absensi Face Recognition ASN',
    'presensi pegawai menggunakan pengenalan wajah dan lokasi GPS, rekap kehadiran per bulan utk potongan TPP',
    [],
  ),
  t(
    'tpp-pegawai',
    'Aplikasi Tambahan Penghasilan Pegawai',
    'Perhitungan TPP ASN berdasarkan kelas jabatan, kehadiran dan capaian kinerja, lalu cetak daftar nominatif untuk pembayaran oleh BPKAD.',
    [],
  ),
  t(
    'ppdb-zonasi',
    'PPDB Online Zonasi',
    'Penerimaan peserta didik baru jalur zonasi, afirmasi, mutasi dan prestasi untuk SD dan SMP negeri; pengumuman hasil seleksi otomatis.',
    [],
    ['Dapodik'],
  ),
  t(
    'pbb-p2-online',
    'e-PBB Kabupaten',
    'Informasi tagihan PBB-P2, cetak SPPT, pembayaran melalui bank dan minimarket, serta pengajuan keberatan dan mutasi objek pajak.',
    [],
  ),
  t(
    'bphtb-online',
    'e-BPHTB',
    'pelaporan dan validasi BPHTB transaksi jual beli tanah oleh notaris/PPAT, verifikasi NJOP, pembayaran via bank daerah',
    [],
  ),
  t(
    'pajak-restoran',
    'Sistem Pajak Hotel dan Restoran Online',
    'Wajib pajak hotel, restoran dan hiburan melaporkan omzet dan menghitung pajak daerah sendiri (self assessment), tapping box terhubung ke Bapenda.',
    [],
  ),
  t(
    'pdam-billing',
    'Aplikasi Tagihan Air PDAM',
    'Pelanggan air minum melihat tagihan bulanan, baca meter mandiri dengan foto, pembayaran online dan pengaduan kebocoran pipa.',
    [],
  ),
  t(
    'bank-sampah',
    'e-Bank Sampah',
    'Pencatatan setoran sampah nasabah bank sampah, tabungan sampah, harga per jenis sampah dan laporan pengurangan sampah ke DLH.',
    [],
  ),
  t(
    'damkar-112',
    'Sistem Informasi Pemadam Kebakaran',
    'Penerimaan laporan kebakaran, pengerahan armada damkar terdekat, peta hidran dan laporan kejadian kebakaran.',
    [],
  ),
  t(
    'cctv-kota',
    'Integrated CCTV Monitoring',
    'City command centre video wall that integrates traffic and public-space CCTV, with incident tagging for Satpol PP and Dishub.',
    [],
  ),
  t(
    'website-opd',
    'Website OPD Terpadu',
    'Platform website untuk seluruh perangkat daerah dengan template seragam: berita, profil, galeri kegiatan dan pengumuman.',
    [],
  ),
  t(
    'gis-tata-ruang',
    'WebGIS Tata Ruang',
    'peta RTRW dan RDTR interaktif, cek kesesuaian pemanfaatan ruang suatu bidang tanah, layer jalan, sungai dan kawasan lindung',
    [],
  ),
  t(
    'pengujian-kendaraan',
    'e-KIR Dishub',
    'Pendaftaran uji berkala kendaraan bermotor (KIR), hasil uji, kartu uji elektronik dan pengingat masa berlaku uji.',
    [],
  ),
  t(
    'trayek-angkot',
    'Sistem Informasi Angkutan Umum',
    'Data trayek angkot dan bus, izin trayek, posisi armada Trans Kota secara real time dan jadwal keberangkatan di halte.',
    [],
  ),
  t(
    'posyandu-digital',
    'Posyandu Digital',
    'kader posyandu mencatat penimbangan balita, KMS digital, status gizi dan sasaran ibu hamil, rekap ke puskesmas',
    [],
  ),
  t(
    'stunting-app',
    'Aplikasi Percepatan Penurunan Stunting',
    'Pendataan keluarga berisiko stunting, pendampingan TPK, intervensi spesifik dan sensitif serta dasbor prevalensi per desa.',
    [],
    ['SIKS-NG'],
  ),
  t(
    'antrean-rs',
    'Antrean Online RSUD',
    'Pendaftaran pasien rawat jalan dan pengambilan nomor antrean poliklinik secara online, estimasi jam dilayani, integrasi ke kiosk anjungan mandiri.',
    [],
    ['SATUSEHAT'],
  ),
  t(
    'ambulans-119',
    'Layanan Ambulans Gawat Darurat 119',
    'Warga memanggil ambulans gratis melalui aplikasi atau telepon, dispatcher menugaskan ambulans terdekat, pelacakan posisi armada.',
    [],
  ),
  t(
    'pupuk-subsidi',
    'e-Alokasi Pupuk Bersubsidi',
    'Penyusunan RDKK kelompok tani, alokasi kuota pupuk bersubsidi per kecamatan, penebusan di kios resmi dan monitoring stok.',
    [],
  ),
  t(
    'penyuluh-tani',
    'Sistem Informasi Penyuluhan Pertanian',
    'Laporan kegiatan penyuluh pertanian lapangan, jadwal kunjungan ke kelompok tani, data luas tanam dan produksi padi.',
    [],
  ),
  t(
    'kesehatan-hewan',
    'SIKHNAS Daerah',
    'pelaporan kasus penyakit hewan ternak (PMK, LSD, rabies), vaksinasi ternak dan lalu lintas hewan oleh puskeswan',
    [],
  ),
  t(
    'harga-pangan',
    'Informasi Harga Bahan Pokok Harian',
    'Petugas pasar menginput harga beras, cabai, bawang dan minyak goreng setiap pagi; masyarakat melihat perbandingan harga antar pasar.',
    [],
  ),
  t(
    'tera-ulang',
    'Layanan Tera dan Tera Ulang UPTD Metrologi',
    'Pendaftaran tera ulang timbangan dan alat ukur pedagang, jadwal sidang tera, dan retribusi tera.',
    [],
  ),
  t(
    'koperasi-data',
    'Sistem Data Koperasi dan RAT',
    'pendataan koperasi aktif, laporan RAT tahunan, nomor induk koperasi dan pembinaan koperasi oleh dinas',
    [],
  ),
  t(
    'umkm-marketplace',
    'Marketplace Produk UMKM Daerah',
    'Etalase online produk UMKM binaan, pelatihan digital marketing dan kurasi produk unggulan daerah.',
    [],
    ['e-Katalog'],
  ),
  t(
    'pbg-simbg',
    'Pelayanan PBG dan SLF Daerah',
    'Permohonan persetujuan bangunan gedung dan sertifikat laik fungsi, konsultasi TPA/TPT, retribusi PBG.',
    [],
    ['OSS-RBA'],
  ),
  t(
    'irigasi',
    'Sistem Informasi Irigasi',
    'inventarisasi jaringan irigasi, kondisi saluran, daerah irigasi kewenangan kabupaten dan usulan rehabilitasi',
    [],
  ),
  t(
    'jalan-rusak',
    'Sistem Informasi Kondisi Jalan dan Jembatan',
    'Survey kondisi jalan kabupaten, ruas jalan mantap/tidak mantap, foto kerusakan dan prioritas pemeliharaan jalan dan jembatan.',
    [],
  ),
  t(
    'rtlh',
    'Aplikasi Data Rumah Tidak Layak Huni',
    'Pendataan RTLH, verifikasi lapangan, penetapan penerima bantuan bedah rumah dan monitoring pembangunan.',
    [],
    ['SIKS-NG'],
  ),
  t(
    'bencana-early-warning',
    'Early Warning System Banjir',
    'Sensor tinggi muka air di sungai, peringatan dini banjir lewat sirine dan notifikasi ke warga di daerah rawan.',
    [],
  ),
  t(
    'kamus-bahasa-daerah',
    'Kamus Bahasa Daerah Digital',
    'Kamus bahasa Sasak dan cerita rakyat digital untuk pelestarian bahasa daerah, dengan rekaman pengucapan kata.',
    [],
  ),
  t(
    'cagar-budaya',
    'Sistem Registrasi Cagar Budaya',
    'Pendataan objek diduga cagar budaya, penetapan oleh TACB, lokasi dan foto situs serta sanggar kesenian daerah.',
    [],
  ),
  t(
    'event-olahraga',
    'Sistem Informasi Keolahragaan',
    'data atlet, pelatih, klub olahraga dan prestasi porprov, pendaftaran event olahraga daerah',
    [],
  ),
  t(
    'kepemudaan',
    'Aplikasi Organisasi Kepemudaan',
    'Pendataan organisasi kepemudaan, pemuda pelopor dan kegiatan kewirausahaan pemuda binaan Dispora.',
    [],
  ),
  t(
    'haji-kab',
    'Sistem Informasi Calon Jemaah Haji Kabupaten',
    'Pendataan calon jemaah haji, manasik haji, jadwal keberangkatan kloter dan informasi pelunasan dari Kemenag kabupaten.',
    [],
  ),
  t(
    'wbs-bumd',
    'Whistleblowing System BUMD',
    'Pelaporan pelanggaran, fraud dan gratifikasi oleh pegawai BUMD secara anonim, ditangani tim etik dengan kerahasiaan pelapor.',
    [],
    ['SP4N-LAPOR!'],
  ),
  t(
    'ppid-dinas',
    'PPID Online Dinas Pendidikan',
    'Permohonan informasi publik secara daring, daftar informasi publik, keberatan atas informasi dan laporan layanan PPID.',
    [],
    ['SP4N-LAPOR!'],
  ),
  t(
    'survei-skm',
    'e-Survey Kepuasan Masyarakat',
    'survei kepuasan masyarakat (SKM) 9 unsur pelayanan di setiap unit layanan, hasil IKM otomatis per triwulan',
    [],
  ),
  t(
    'zona-integritas',
    'Aplikasi Penilaian Zona Integritas',
    'Penilaian mandiri pembangunan zona integritas WBK/WBBM, unggah eviden per komponen pengungkit dan reviu oleh tim penilai internal.',
    [],
    ['e-SAKIP'],
  ),
  t(
    'sppd-online',
    'e-SPPD',
    'Pengajuan surat perintah perjalanan dinas, perhitungan uang harian sesuai SBU, pelaporan perjalanan dinas dan kuitansi.',
    [],
    ['SRIKANDI'],
  ),
  t(
    'helpdesk-tik',
    'Helpdesk TIK Diskominfo',
    'Tiket gangguan jaringan, email dinas, dan aplikasi dari OPD, penugasan teknisi dan SLA penyelesaian layanan TIK.',
    [],
  ),
  t(
    'email-dinas',
    'Layanan Email Dinas Pemkab',
    'Penyediaan akun surat elektronik resmi domain go.id untuk pegawai, reset password dan kuota mailbox.',
    [],
    ['SRIKANDI'],
  ),
  t(
    'lms-diklat-en',
    'Learning Management System for Civil Servants',
    'Online courses, e-learning modules, quizzes and certificates for regional training of civil servants.',
    [],
    ['SIASN'],
  ),
  t(
    'inovasi-daerah',
    'Sistem Informasi Inovasi Daerah',
    'Pendaftaran inovasi perangkat daerah dan masyarakat, penilaian indeks inovasi daerah dan kompetisi inovasi tahunan.',
    [],
  ),
  t(
    'penelitian-balitbang',
    'Sistem Riset Balitbangda',
    'pengelolaan kegiatan penelitian dan kajian kebijakan balitbangda, repositori hasil riset dan izin penelitian mahasiswa',
    [],
  ),
  t(
    'sampah-retribusi',
    'e-Retribusi Sampah',
    'Penagihan retribusi pelayanan persampahan rumah tangga dan usaha, pembayaran online dan jadwal pengangkutan sampah.',
    [],
  ),
  t(
    'pemakaman',
    'Sistem Informasi Pemakaman Umum',
    'Pendaftaran makam di TPU milik pemkot, denah blok makam, izin penggunaan tanah makam dan retribusinya.',
    [],
  ),
  t(
    'rusunawa',
    'Aplikasi Pengelolaan Rusunawa',
    'Pendaftaran calon penghuni rusunawa, kontrak sewa unit, tagihan sewa bulanan dan perawatan gedung.',
    [],
  ),
  t(
    'lab-lingkungan',
    'Sistem Laboratorium Lingkungan',
    'Permohonan uji sampel air dan udara di laboratorium lingkungan DLH, hasil uji dan sertifikat hasil pengujian.',
    [],
  ),
  t(
    'nikah-kua',
    'Layanan Pendaftaran Nikah',
    'pendaftaran nikah di KUA secara online, jadwal akad, penghulu dan buku nikah',
    [],
    ['SIAK Terpusat'],
  ),
  t(
    'konseling-perempuan',
    'Layanan Pengaduan Kekerasan Perempuan dan Anak',
    'Pelaporan kasus kekerasan terhadap perempuan dan anak ke UPTD PPA, pendampingan korban, rumah aman dan rujukan layanan.',
    [],
    ['SP4N-LAPOR!'],
  ),
  t(
    'kb-online',
    'Sistem Pencatatan Keluarga Berencana',
    'Pencatatan peserta KB aktif, pelayanan kontrasepsi di faskes KB dan data penyuluh KB per kecamatan.',
    [],
  ),
  t(
    'transmigrasi-data',
    'Data Kawasan Transmigrasi',
    'pendataan warga transmigran, unit pemukiman transmigrasi dan bantuan lahan usaha di kawasan transmigrasi',
    [],
  ),
  t(
    'tourism-stats-en',
    'Tourism Statistics Dashboard',
    'Monthly hotel occupancy, tourist arrivals at attractions and tourism business registry for the provincial tourism office.',
    [],
  ),
  t(
    'kepegawaian-honorer',
    'Sistem Absensi dan Honor Tenaga Harian Lepas',
    'Pencatatan kehadiran THL di lapangan, perhitungan honor harian dan pembayaran melalui rekening.',
    [],
  ),
  t(
    'kiosk-layanan',
    'Anjungan Layanan Mandiri Mal Pelayanan Publik',
    'Kios mandiri di MPP untuk ambil nomor antrean berbagai loket instansi dan informasi persyaratan layanan.',
    [],
  ),
  t(
    'pariwisata-desa-typo',
    'SIDEWI - Sistem Desa Wisata',
    'informasi desa wisata, atraksi, homestay, pemesanan paket wisata desa dan ulasan wisatawan',
    [],
  ),
  t(
    'rapat-notulen',
    'e-Notulen Rapat Pimpinan',
    'Jadwal rapat pimpinan, undangan rapat internal, daftar hadir digital dan notulensi rapat yang dapat dibagikan ke peserta.',
    [],
    ['SRIKANDI'],
  ),
  // ── More wording: jargon, mixed scopes, English and typos ─────────────────────────────────
  t(
    'siap-kepeg-en',
    'Civil Servant Self-Service Portal',
    'Employees update their own personal data, education and family records, and request rank promotion or retirement processing online.',
    ['SIASN'],
  ),
  t(
    'sipeg-typo',
    'SIPEGG Dinas PUPR',
    'aplikasi data kepegawaian internal dinas: daftar urut kepangkatan (DUK), riwayat jabatan, golongan dan usulan naik pangkat pegawai',
    ['SIASN'],
  ),
  t(
    'bezetting',
    'Aplikasi Bezetting dan Peta Jabatan',
    'Menyajikan bezetting pegawai per unit kerja, peta jabatan, jabatan lowong dan usulan pengisian jabatan melalui mutasi atau formasi baru.',
    ['SIASN'],
  ),
  t(
    'nota-dinas-app',
    'Aplikasi Nota Dinas Bappeda',
    'nota dinas, surat undangan dan surat keluar bappeda dibuat di aplikasi dengan nomor agenda otomatis, diteruskan ke kepala badan untuk disposisi',
    ['SRIKANDI'],
  ),
  t(
    'e-office-kemenag',
    'E-Office Kantor Kemenag Kabupaten',
    'Persuratan elektronik kantor kementerian di daerah: surat masuk dari madrasah dan KUA, disposisi kepala kantor, surat keluar bertanda tangan elektronik.',
    ['SRIKANDI'],
    ['BSrE'],
  ),
  t(
    'tender-konstruksi',
    'Sistem Pemilihan Penyedia Jasa Konstruksi',
    'Pokja pemilihan UKPBJ melaksanakan tender jasa konstruksi dan seleksi konsultan secara elektronik, termasuk pembuktian kualifikasi dan masa sanggah.',
    ['SPSE'],
  ),
  t(
    'pengadaan-rs-blud',
    'e-Procurement BLUD RSUD',
    'Pengadaan obat dan alat kesehatan RSUD BLUD: rencana pengadaan tahunan, pembelian lewat katalog elektronik dan tender alat kesehatan bernilai besar.',
    ['SPSE', 'SIRUP', 'e-Katalog'],
  ),
  t(
    'lapor-desa',
    'Lapor Pak Kades',
    'warga desa melapor keluhan pelayanan desa, infrastruktur dan bansos lewat aplikasi, ditindaklanjuti perangkat desa, diteruskan ke kabupaten bila perlu',
    ['SP4N-LAPOR!'],
    ['SIKS-NG'],
  ),
  t(
    'sipd-mirror',
    'Aplikasi Pendukung Penganggaran Daerah',
    'Input RKA perangkat daerah, verifikasi TAPD, cetak DPA dan anggaran kas, serta rekap perubahan APBD untuk dibahas bersama DPRD.',
    ['SIPD-RI'],
  ),
  t(
    'lra-monitoring',
    'Dashboard Realisasi APBD',
    'pemantauan realisasi anggaran pendapatan dan belanja daerah per OPD secara real time dari SP2D yang terbit, untuk rapat evaluasi TAPD',
    ['SIPD-RI'],
  ),
  t(
    'rpjmd-monev',
    'e-Monev RPJMD',
    'Evaluasi pelaksanaan RPJMD dan RKPD per triwulan, capaian indikator program, realisasi kegiatan dan sub kegiatan perangkat daerah.',
    ['SIPD-RI', 'e-SAKIP'],
  ),
  t(
    'sakip-en',
    'Government Performance Report App',
    'Prepares the annual agency performance report (LKjIP), tracks key performance indicators against the performance agreement signed by the head of agency.',
    ['e-SAKIP'],
  ),
  t(
    'produk-hukum-kab',
    'e-Produk Hukum Bagian Hukum',
    'Publikasi peraturan bupati, keputusan bupati dan peraturan daerah yang telah diundangkan dalam lembaran daerah, terintegrasi dengan jaringan JDIH.',
    ['JDIHN'],
  ),
  t(
    'data-statistik-sektoral',
    'Portal Statistik dan Data Terbuka',
    'OPD mengunggah data statistik sektoral beserta metadata standar, diverifikasi walidata Diskominfo, lalu dipublikasikan sebagai data terbuka.',
    ['Satu Data Indonesia'],
  ),
  t(
    'inventaris-sekolah',
    'Inventaris BMD Sekolah',
    'pencatatan barang milik daerah di sekolah negeri: meja, kursi, laptop, gedung; mutasi dan penghapusan barang rusak berat',
    ['SIMAN'],
    ['Dapodik'],
  ),
  t(
    'simpus',
    'SIMPUS Kab. Kendal',
    'Sistem informasi manajemen puskesmas dengan rekam medis elektronik pasien, farmasi dan laboratorium, data dikirim ke platform kesehatan nasional.',
    ['SATUSEHAT'],
  ),
  t(
    'ektp-jemput-bola',
    'Aplikasi Jemput Bola Adminduk',
    'Layanan perekaman KTP-el, penerbitan KK dan akta kelahiran bagi lansia dan penyandang disabilitas di rumah, dengan data penduduk berbasis NIK.',
    ['SIAK Terpusat'],
  ),
  t(
    'izin-investasi',
    'Sistem Pelayanan Investasi Terpadu',
    'Pelayanan perizinan berusaha bagi investor, penerbitan NIB dan izin sektor, pemantauan realisasi penanaman modal (LKPM).',
    ['OSS-RBA'],
  ),
  t(
    'emis-sekolah-typo',
    'SIDATA SEKOLAH',
    'input data peserta didik, rombel, guru & sarpras tiap sekolah oleh operator sekolah, dipakai dinas dikbud utk perencanaan',
    ['Dapodik'],
  ),
  t(
    'siskeudes-pendamping',
    'Aplikasi Monitoring Keuangan Desa Kecamatan',
    'Camat memantau penyusunan APBDes, realisasi penyaluran dan penggunaan dana desa, serta laporan pertanggungjawaban keuangan desa.',
    ['Siskeudes'],
  ),
  t(
    'pkh-update',
    'Aplikasi Pemutakhiran Data Penerima PKH',
    'Pendamping PKH memutakhirkan data keluarga penerima manfaat, meninggal, pindah atau tidak layak, lalu diusulkan untuk diperbarui di DTKS.',
    ['SIKS-NG'],
  ),
  t(
    'pencaker-ak1',
    'e-AK1 Kartu Pencari Kerja',
    'Pembuatan kartu kuning (AK/1) online bagi pencari kerja, legalisasi oleh Disnaker, serta informasi lowongan kerja lokal.',
    ['SISNAKER'],
  ),
  t(
    'sertifikat-tte-en',
    'PKI Certificate Enrollment',
    'Employees enrol for government electronic certificates, the registration authority verifies identity, and certificates are issued and revoked.',
    ['BSrE'],
  ),
  t(
    'parkir-rs',
    'Sistem Parkir dan Kunjungan Pasien',
    'Pengelolaan parkir rumah sakit dan jadwal jam besuk pasien rawat inap.',
    [],
  ),
  t(
    'kearsipan-foto',
    'Galeri Foto Kegiatan Humas',
    'Dokumentasi foto dan video kegiatan kepala daerah untuk publikasi media sosial dan rilis berita humas.',
    [],
    ['SIKN-JIKN', 'SRIKANDI'],
  ),
  t(
    'lelang-ikan',
    'e-Lelang Ikan TPI',
    'Lelang hasil tangkapan nelayan di tempat pelelangan ikan secara elektronik, pencatatan produksi ikan dan retribusi TPI.',
    [],
    ['SPSE'],
  ),
  t(
    'evakuasi-bencana-en',
    'Disaster Evacuation Map',
    'Evacuation routes, shelters and real-time refugee counts during floods and earthquakes for the disaster management agency.',
    [],
  ),
  t(
    'jadwal-pimpinan',
    'Aplikasi Agenda Kepala Daerah',
    'jadwal kegiatan bupati dan wakil bupati, permohonan audiensi, keprotokolan dan sambutan',
    [],
  ),
  t(
    'mpp-antrean',
    'Sistem Antrean Mal Pelayanan Publik',
    'Pengambilan nomor antrean loket instansi di MPP secara online dan survei kepuasan setelah dilayani.',
    [],
  ),
];

/** Every labelled proposal; the split into halves is by id (test/support/overlap-evaluate.ts). */
export const LABELLED_PROPOSALS: LabelledProposal[] = [...FIRST_SET, ...SECOND_SET];
