from django.test import TestCase, override_settings

from .models import Post


class PostTests(TestCase):
    def test_short_body_is_its_own_summary(self):
        self.assertEqual(Post(title='t', body='short').summary(), 'short')

    def test_long_body_is_cut(self):
        summary = Post(title='t', body='x' * 100).summary(10)
        self.assertEqual(len(summary), 10)
        self.assertTrue(summary.endswith('…'))

    @override_settings(SECURE_SSL_REDIRECT=False, ALLOWED_HOSTS=['testserver'])
    def test_list_returns_newest_first(self):
        Post.objects.create(title='first', body='a')
        Post.objects.create(title='second', body='b')
        response = self.client.get('/posts/')
        self.assertEqual(response.status_code, 200)
        self.assertEqual([p['title'] for p in response.json()['posts']], ['second', 'first'])
