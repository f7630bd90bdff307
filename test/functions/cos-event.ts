/** The COS trigger's documented event (Tencent Cloud "COS trigger" page), for a JPEG uploaded under source/. */
export function cosEvent(key: string, eventName = 'cos:ObjectCreated:*', size = 1029): object {
  return {
    Records: [{
      cos: {
        cosSchemaVersion: '1.0',
        cosObject: {
          url: `http://testpic-1253970026.cos.ap-chengdu.myqcloud.com/${key}`,
          meta: { 'x-cos-request-id': 'NWMxOWY4MGFfMjViMjU4NjRfMTUyMV8yNzhhZjM=', 'Content-Type': '' },
          vid: '',
          key: `/1253970026/testpic/${key}`,
          size,
        },
        cosBucket: { region: 'cd', name: 'testpic', appid: '1253970026' },
        cosNotificationId: 'unknown',
      },
      event: {
        eventName,
        eventVersion: '1.0',
        eventTime: 1545205770,
        eventSource: 'qcs::cos',
        requestParameters: { requestSourceIP: '', requestHeaders: { Authorization: 'q-sign-algorithm=sha1&q-ak=AKID' } },
        eventQueue: 'qcs:0:scf:cd:appid/1253970026:default.resize.$LATEST',
        reservedInfo: '',
        reqid: 179398952,
      },
    }],
  };
}
