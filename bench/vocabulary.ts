// Chinese vocabulary the generator draws names and titles from: enough variety that lists, searches and
// reports look like a real school's data, with no real person's name.

export const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
export const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红鹏飞建国志宏文斌海波庆东辉林峰晨阳雪梅凤琴德俊新亮宇婷倩雯博立群春燕'];

export const TEACHING_DEPARTMENTS = [
  '马克思主义理论教研部', '党史党建教研部', '科学社会主义教研部', '哲学教研部', '经济学教研部', '政治和法律教研部',
  '公共管理教研部', '社会和生态文明教研部', '文史教研部', '领导科学教研部', '应急管理教研部', '科研部',
];
export const AGENCIES = [
  '省委组织部', '省委宣传部', '省发展改革委', '省财政厅', '省生态环境厅', '省应急管理厅', '省农业农村厅', '省教育厅',
  '省纪委监委', '省政府研究室', '省商务厅', '省卫生健康委', '省交通运输厅', '省自然资源厅', '省国资委',
];
export const PLACES = ['东城区', '西湖区', '临江县', '青山县', '南平市', '北岭市', '长丰县', '清河镇', '安宁市', '凤凰县', '白沙区', '龙泉县'];
export const UNITS = ['发改局', '财政局', '组织部', '宣传部', '纪委监委', '教育局', '卫健委', '应急管理局', '农业农村局', '街道办', '乡政府', '村党支部'];

export const TITLES: Record<string, readonly string[]> = {
  fulltime: ['教授', '副教授', '讲师', '研究员', '副研究员'],
  leader: ['厅长', '副厅长', '部长', '副部长', '主任', '书记', '副书记'],
  expert: ['教授', '研究员', '首席专家', '高级工程师'],
  model: ['全国劳动模范', '优秀共产党员', '时代楷模'],
  grassroots: ['村党支部书记', '社区党委书记', '乡镇党委书记'],
  other: ['讲师', '顾问'],
};

export const COURSE_TOPICS: Record<string, readonly string[]> = {
  theory: [
    '习近平新时代中国特色社会主义思想概论', '马克思主义基本原理', '党的二十大精神解读', '中国式现代化理论与实践',
    '习近平经济思想', '习近平法治思想', '习近平生态文明思想', '习近平外交思想', '新发展理念', '全过程人民民主',
  ],
  party_spirit: [
    '党章学习与党规党纪', '革命传统教育', '红色基因传承', '党性修养与作风建设', '全面从严治党', '廉洁自律教育',
    '中国共产党历史', '伟大建党精神', '警示教育', '初心使命教育',
  ],
  competence: [
    '领导干部调查研究方法', '突发事件应对与舆情处置', '防范化解重大风险', '基层治理现代化', '依法行政能力',
    '群众工作方法', '营商环境优化', '乡村振兴战略实施', '领导干部统筹协调能力', '政策执行与督查',
  ],
  knowledge: [
    '数字经济与数字政府', '人工智能前沿', '金融知识与风险防范', '国家安全形势', '科技创新与产业升级',
    '生态环境保护', '区域协调发展', '公文写作', '国际形势与外交政策', '城市规划与管理',
  ],
  other: ['专题讲座', '学员论坛', '结业考核', '开班动员', '学习交流'],
};
export const TOPIC_ANGLES = ['', '专题研讨', '案例分析', '理论与实践', '前沿问题', '重点难点', '现场教学', '经验交流'];

export const CLASS_KINDS = [
  { name: '中青年干部培训班', main: true, partySpirit: false },
  { name: '县处级领导干部进修班', main: true, partySpirit: false },
  { name: '厅局级干部进修班', main: true, partySpirit: false },
  { name: '新任职干部任职培训班', main: true, partySpirit: false },
  { name: '党性教育专题培训班', main: true, partySpirit: true },
  { name: '基层党组织书记党性教育培训班', main: false, partySpirit: true },
  { name: '乡镇党委书记培训班', main: true, partySpirit: false },
  { name: '专题研讨班', main: false, partySpirit: false },
  { name: '公务员初任培训班', main: false, partySpirit: false },
  { name: '国有企业领导人员培训班', main: false, partySpirit: false },
] as const;

export const ONLINE_TOPICS = [
  '党的二十届三中全会精神解读', '基层治理现代化', '应急管理与突发事件处置', '数字政府建设', '党纪学习教育',
  '乡村振兴', '生态文明建设', '法治政府建设', '国家安全教育', '中国式现代化',
];
