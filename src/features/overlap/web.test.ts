import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';

describe('GET /periksa', () => {
  it('shows an empty form and an inviting panel', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/periksa');
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('Periksa tumpang tindih sebelum pengadaan');
    expect(body).toContain('Mulai mengetik untuk melihat aplikasi yang serupa.');
    expect(body).toContain('<input type="checkbox" name="functions" value="RAB.09.06.01"/>');
  });

  it('checks a proposal without JavaScript and keeps what was typed', async () => {
    const { app } = await createTestApp();
    const q = new URLSearchParams({
      name: 'SIMPEG Kota Batu',
      description: 'Data pegawai dan kenaikan pangkat',
    });
    q.append('functions', 'RAB.09.06.01');
    const body = await (await app.request(`/periksa?${q}`)).text();
    expect(body).toContain('value="SIMPEG Kota Batu"');
    expect(body).toMatch(/<input type="checkbox" name="functions" value="RAB.09.06.01" checked/);
    expect(body).toContain('100% fungsi usulan ini sudah dijalankan layanan nasional.');
    expect(body).toContain('Kemungkinan duplikasi');
    expect(body).toContain('SIASN');
  });

  it('answers htmx with the panel only', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/periksa?name=e-Surat&description=surat+masuk+disposisi+naskah+dinas', {
      headers: { 'HX-Request': 'true' },
    });
    const body = await res.text();
    expect(body.startsWith('<section id="overlap-panel"')).toBe(true);
    expect(body).toContain('SRIKANDI');
    expect(res.headers.get('vary')).toContain('HX-Request');
  });

  it('names the field at fault next to it', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/periksa?name=ab&functions=RAB.09.06.98');
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain('class="field-error" id="name-error"');
    expect(body).toContain('role="alert"');
  });

  it('reports an unknown function code', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/periksa?name=Aplikasi+uji&functions=RAB.09.06.98');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('kode fungsi &quot;RAB.09.06.98&quot; tidak dikenal');
  });
});
